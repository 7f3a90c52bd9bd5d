import fs from 'node:fs';

import { afterAll, describe, expect, it } from 'vitest';

import { loadRecentList, saveRecentList } from '../../../electron/recent-store.js';
import { addRecent, parseRecentList, pruneMissing, removeRecent } from '../../../electron/recent-workbenches.js';
import { makeTempDir } from '../../support/temp-dir.js';

describe('recent workbenches', () => {
  it('puts the latest file first and lists each file once', () => {
    let list: string[] = [];
    list = addRecent(list, '/a.claimtrace');
    list = addRecent(list, '/b.claimtrace');
    list = addRecent(list, '/a.claimtrace');
    expect(list).toEqual(['/a.claimtrace', '/b.claimtrace']);
  });

  it('keeps at most ten, dropping the oldest', () => {
    let list: string[] = [];
    for (let i = 1; i <= 12; i++) list = addRecent(list, `/w${i}.claimtrace`);
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/w12.claimtrace');
    expect(list.at(-1)).toBe('/w3.claimtrace');
  });

  it('forgets files that no longer exist and files the user removes', () => {
    const list = ['/kept.claimtrace', '/deleted.claimtrace', '/moved.claimtrace'];
    expect(pruneMissing(list, (file) => file === '/kept.claimtrace')).toEqual(['/kept.claimtrace']);
    expect(removeRecent(list, '/moved.claimtrace')).toEqual(['/kept.claimtrace', '/deleted.claimtrace']);
  });

  it('reads only well-formed entries from a damaged settings file', () => {
    expect(parseRecentList({ paths: ['/a.claimtrace', 7, '', '/a.claimtrace', null, '/b.claimtrace'] })).toEqual([
      '/a.claimtrace',
      '/b.claimtrace',
    ]);
    expect(parseRecentList(['/a.claimtrace'])).toEqual([]);
    expect(parseRecentList(null)).toEqual([]);
    expect(parseRecentList({ paths: Array.from({ length: 30 }, (_, i) => `/w${i}.claimtrace`) })).toHaveLength(10);
  });
});

describe('recent list on disk', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  it('survives a restart', () => {
    const file = temp.file('profile/recent-workbenches.json');
    saveRecentList(file, ['/a.claimtrace', '/b.claimtrace']);
    expect(loadRecentList(file)).toEqual(['/a.claimtrace', '/b.claimtrace']);
    expect(fs.readdirSync(temp.file('profile'))).toEqual(['recent-workbenches.json']);
  });

  it('starts empty when the file is missing or not JSON', () => {
    expect(loadRecentList(temp.file('missing.json'))).toEqual([]);
    fs.writeFileSync(temp.file('broken.json'), '{"paths": ["/a.claim');
    expect(loadRecentList(temp.file('broken.json'))).toEqual([]);
  });
});
