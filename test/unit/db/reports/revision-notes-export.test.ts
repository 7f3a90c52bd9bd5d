import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../../core/api/exports.js';
import type { Claim, ImportOutcome } from '../../../../core/domain.js';
import { CSV_COLUMNS } from '../../../../core/reports/csv-report.js';
import { openServiceHarness, type ServiceHarness } from '../support/service-harness.js';

const RECALL = 'The ministry said 2,000 bags of flour were recalled on Friday.';
const ARTICLE = `Flour recall widens\n\n${RECALL}\n\nBakeries were told to check their stock.`;
const CORRECTED = ARTICLE.replace('2,000 bags', '200 bags');

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

let h: ServiceHarness;
let documentId: string;
let claim: Claim;

beforeEach(async () => {
  h = openServiceHarness();
  const outcome = await h.call<ImportOutcome>('documents.importFile', { name: 'recall.txt', dataBase64: base64(ARTICLE) });
  if (outcome.status !== 'imported') throw new Error('import failed');
  documentId = outcome.document.id;
  const start = ARTICLE.indexOf(RECALL);
  claim = await h.call<Claim>('claims.create', { documentId, start, end: start + RECALL.length });
  await h.call('documents.reimport', { id: documentId, name: 'recall-corrected.txt', dataBase64: base64(CORRECTED) });
});

afterEach(() => h.close());

const render = (format: string, options: Record<string, unknown> = {}) =>
  h.call<ExportFile>('exports.render', { scope: { kind: 'document', documentId }, format, ...options });

/** The note, dated the day the corrected copy was imported (today). */
const NOTE = /^Changed after publication: on \d{1,2} [A-Z][a-z]+ \d{4} the article’s wording went from /u;

describe('reports note claims changed after publication', () => {
  it('by default, in the HTML and Markdown reports and the CSV', async () => {
    const html = (await render('html')).content;
    expect(html).toContain('<strong>Changed after publication:</strong>');
    expect(html).toContain(
      'went from “<bdi>The ministry said 2,000 bags of flour were recalled on Friday.</bdi>” to “<bdi>The ministry said 200 bags',
    );
    expect((await render('md')).content).toContain('**Changed after publication:** on ');
    const rows = parseCsv((await render('csv')).content) as string[][];
    const note = rows[1]![CSV_COLUMNS.indexOf('Changed after publication')]!;
    expect(note).toMatch(NOTE);
    expect(note).toContain('“The ministry said 2,000 bags of flour were recalled on Friday.” to “The ministry said 200 bags');
    expect(rows[1]![CSV_COLUMNS.indexOf('Claim ID')]).toBe(claim.id);
  });

  it('not when the export leaves them out', async () => {
    expect((await render('html', { revisionNotes: false })).content).not.toContain('<strong>Changed after publication:</strong>');
    expect((await render('md', { revisionNotes: false })).content).not.toContain('Changed after publication');
    const rows = parseCsv((await render('csv', { revisionNotes: false })).content) as string[][];
    expect(rows[1]![CSV_COLUMNS.indexOf('Changed after publication')]).toBe('');
  });

  it('and refuses the option for formats that cannot carry a note', async () => {
    const error = await h.failure('exports.render', { scope: { kind: 'workbench' }, format: 'webannotation', revisionNotes: true });
    expect(error).toMatchObject({ code: 'invalid_arguments', message: expect.stringContaining('HTML, Markdown and CSV reports only') });
  });
});
