import fs from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ImportOutcome } from '../../../../core/domain.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { openServiceHarness, type ServiceHarness } from '../../db/support/service-harness.js';
import { run } from '../support/run-captured.js';

const QUOTE = 'Police said three men were arrested near the stadium.';
const ARTICLE = `Arrests after the match\n\n${QUOTE}\n\nThe club has not commented.`;

const temp = makeTempDir();
let h: ServiceHarness;
let workbenchFile: string;

beforeAll(async () => {
  h = openServiceHarness('Match desk');
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const outcome = await h.call<ImportOutcome>('documents.importFile', { name: 'arrests.txt', dataBase64: base64(ARTICLE) });
  if (outcome.status !== 'imported') throw new Error('import failed');
  const start = ARTICLE.indexOf(QUOTE);
  await h.call('claims.create', { documentId: outcome.document.id, start, end: start + QUOTE.length });
  const revised = ARTICLE.replace('three men', 'four men');
  await h.call('documents.reimport', { id: outcome.document.id, name: 'arrests-2.txt', dataBase64: base64(revised) });
  workbenchFile = h.workbench.path;
  h.workbench.close();
});

afterAll(() => {
  h.close();
  temp.remove();
});

describe('claimtrace export and claims changed after publication', () => {
  it('notes them in reports unless --no-revision-notes', async () => {
    const noted = temp.file('noted.md');
    expect((await run(['export', '--workbench', workbenchFile, '--format', 'md', '--out', noted])).code).toBe(0);
    expect(fs.readFileSync(noted, 'utf8')).toContain('**Changed after publication:**');

    const plain = temp.file('plain.md');
    expect((await run(['export', '--workbench', workbenchFile, '--format', 'md', '--no-revision-notes', '--out', plain])).code).toBe(0);
    expect(fs.readFileSync(plain, 'utf8')).not.toContain('Changed after publication');
  });

  it('refuses --no-revision-notes for a format without notes', async () => {
    const result = await run(['export', '--workbench', workbenchFile, '--format', 'json', '--no-revision-notes']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--no-revision-notes applies to --format html, pdf, md and csv only');
  });
});
