import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Suggestion } from '../../../../core/detection/index.js';
import type { Claim, DocumentDetail, Source } from '../../../../core/domain.js';
import { SEED_SOURCES } from '../../../../core/sources/seed-registry.js';
import { IDLIB_ARTICLE } from '../support/articles.js';
import { claimHistory, openServiceHarness, type ServiceHarness } from '../support/service-harness.js';

const AFP = SEED_SOURCES.find((source) => source.name === 'AFP')!.id;
const FARS = SEED_SOURCES.find((source) => source.name === 'Fars')!.id;

const WITH_COMMENTS = `${IDLIB_ARTICLE}

Concrete Mike
Reuters reported that the convoy was stopped at the border crossing.`;

let h: ServiceHarness;
let documentId: string;

beforeEach(async () => {
  h = openServiceHarness();
  documentId = await h.importText(IDLIB_ARTICLE);
});

afterEach(() => h.close());

const suggest = (id = documentId, includeComments?: boolean) =>
  h.call<Suggestion[]>('detection.suggest', { documentId: id, ...(includeComments === undefined ? {} : { includeComments }) });

describe('detection.suggest', () => {
  it('proposes attributed claims with their chains from the workbench registry', async () => {
    const suggestions = await suggest();
    const afp = suggestions.find((s) => s.source === 'AFP');
    const fars = suggestions.find((s) => s.source === 'Fars');
    expect(afp).toMatchObject({ sourceId: AFP, cue: { text: 'quoted' } });
    expect(afp!.claim.text).toMatch(/^The National Liberation Front rejected/);
    expect(afp!.hops.map((hop) => [hop.source, hop.sourceKind])).toEqual([
      ['AFP', 'wire_agency'],
      ['Naji Mustafa', 'person'],
    ]);
    expect(fars).toMatchObject({ sourceId: FARS, mention: { text: 'Fars News Agency' } });
    expect(fars!.hops.at(-1)).toMatchObject({ source: 'Arab sources', sourceKind: 'unnamed' });
    expect((await h.failure('detection.suggest', { documentId: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
  });

  it('leaves out spans a claim from the same first source already covers', async () => {
    const { text } = await h.call<DocumentDetail>('documents.get', { id: documentId });
    const words = 'National Liberation Front rejected the demilitarised zone agreement';
    const start = text.indexOf(words);
    const span = { documentId, start, end: start + words.length };
    const otherSource = await h.call<Claim>('claims.create', { ...span, hops: [{ sourceId: FARS, kind: 'paraphrase' }] });
    expect((await suggest()).map((s) => s.source)).toContain('AFP');
    await h.call('claims.delete', { id: otherSource.id });
    // Trimmed by the reviewer, but still most of the suggested words and the same source.
    await h.call('claims.create', { ...span, hops: [{ sourceId: AFP, kind: 'paraphrase' }] });
    const remaining = (await suggest()).map((s) => s.source);
    expect(remaining).not.toContain('AFP');
    expect(remaining).toContain('Fars');
  });

  it('looks into reader comments only when asked', async () => {
    const withThread = await h.importText(WITH_COMMENTS);
    const { text } = await h.call<DocumentDetail>('documents.get', { id: withThread });
    await h.call('documents.update', { id: withThread, patch: { commentsStart: text.indexOf('Concrete Mike') } });
    expect((await suggest(withThread)).some((s) => s.source === 'Reuters')).toBe(false);
    expect((await suggest(withThread, true)).some((s) => s.source === 'Reuters')).toBe(true);
  });

  it('uses sources added to the registry and follows merges', async () => {
    const text = `Ceasefire holds in the north\n\nThe ceasefire held overnight in the northern districts, Nour News reported.`;
    const id = await h.importText(text);
    expect((await suggest(id)).some((s) => s.source === 'Nour News Agency')).toBe(false);
    const nour = await h.call<Source>('sources.create', {
      name: 'Nour News Agency',
      kind: 'state_media',
      aliases: [{ alias: 'Nour News', kind: 'name' }],
    });
    expect((await suggest(id)).find((s) => s.mention.text === 'Nour News')).toMatchObject({
      source: 'Nour News Agency',
      sourceId: nour.id,
    });
    await h.call('sources.merge', { fromId: nour.id, intoId: FARS });
    expect((await suggest(id)).find((s) => s.mention.text === 'Nour News')).toMatchObject({ source: 'Fars', sourceId: FARS });
  });
});

describe('detection.accept', () => {
  it('turns suggestions into detected claims with chains, and does not suggest them again', async () => {
    const suggestions = await suggest();
    const claims = await h.call<Claim[]>('detection.accept', { documentId, suggestions });
    expect(claims).toHaveLength(suggestions.length);
    const byFirst = new Map(claims.map((claim) => [claim.hops[0]!.sourceName, claim]));

    const afp = byFirst.get('AFP')!;
    expect(afp).toMatchObject({ origin: 'detected', claimant: 'Naji Mustafa', kind: 'factual', chainFlag: null });
    expect(afp.hops[0]!.cue).toMatchObject({ text: 'quoted' });
    expect(afp.hops[1]).toMatchObject({ sourceName: 'Naji Mustafa', sourceKind: 'person', cue: null });

    const fars = byFirst.get('Fars')!;
    expect(fars).toMatchObject({ claimant: 'Arab sources', chainFlag: 'unnamed' });
    expect((await h.call<Source[]>('sources.list', { query: 'Arab sources' }))[0]).toMatchObject({ kind: 'unnamed', claimCount: 1 });
    expect(claimHistory(h.workbench, fars.id).map((row) => row.action)).toContain('create');

    expect(await suggest()).toEqual([]);
    // Accepting the same suggestions twice (a double click) adds nothing.
    expect(await h.call('detection.accept', { documentId, suggestions })).toEqual([]);
    expect(await h.call<Claim[]>('claims.list', { documentId })).toHaveLength(claims.length);
  });

  it('reuses a source created for an earlier document rather than duplicating it', async () => {
    await h.call('detection.accept', { documentId, suggestions: await suggest() });
    const other = await h.importText(
      `Strikes reported near Albu Kamal\n\nSeveral convoys were hit near the border, Tasnim reported, citing Arab sources.`,
    );
    const claims = await h.call<Claim[]>('detection.accept', { documentId: other, suggestions: await suggest(other) });
    expect(claims.some((claim) => claim.claimant === 'Arab sources')).toBe(true);
    expect(await h.call<Source[]>('sources.list', { query: 'arab sources' })).toHaveLength(1);
  });

  it('refuses stale suggestions and creates nothing from the batch', async () => {
    const suggestions = await suggest();
    const stale = suggestions.map((s, index) =>
      index === suggestions.length - 1 ? { ...s, claim: { ...s.claim, start: s.claim.start + 1 } } : s,
    );
    const error = await h.failure('detection.accept', { documentId, suggestions: stale });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/document changed since the suggestions were made/) });
    expect(await h.call('claims.list', { documentId })).toEqual([]);

    const unknownSource = suggestions.map((s) => ({
      ...s,
      sourceId: s.sourceId,
      hops: s.hops.map((hop) => ({ ...hop, sourceId: '00000000-0000-4000-8000-000000000000' })),
    }));
    expect((await h.failure('detection.accept', { documentId, suggestions: unknownSource })).code).toBe('not_found');
    expect((await h.failure('detection.accept', { documentId, suggestions: [] })).code).toBe('invalid_arguments');
    expect((await h.failure('detection.accept', { documentId, suggestions: [{ ...suggestions[0], hops: [] }] })).code).toBe(
      'invalid_arguments',
    );
    expect(await h.call('claims.list', { documentId })).toEqual([]);
  });
});

describe('detection.reject and detection.restore', () => {
  it('announce the change to every window, for the document it concerns', async () => {
    const [first] = await suggest();
    h.events.length = 0;
    const [rejection] = await h.call<{ id: string }[]>('detection.reject', { documentId, suggestions: [first] });
    expect(h.events).toEqual([{ type: 'rejections.changed', documentId }]);
    h.events.length = 0;
    await h.call('detection.restore', { id: rejection!.id });
    expect(h.events).toEqual([{ type: 'rejections.changed', documentId }]);
    h.events.length = 0;
    expect((await h.failure('detection.restore', { id: rejection!.id })).code).toBe('not_found');
    expect(h.events).toEqual([]);
  });
});
