import { parse as parseCsv } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

import type { ClaimRevision } from '../../../../core/documents/revisions.js';
import { CSV_COLUMNS, renderCsv } from '../../../../core/reports/csv-report.js';
import { renderHtmlReport } from '../../../../core/reports/html-report.js';
import { renderMarkdown } from '../../../../core/reports/markdown-report.js';
import type { ReportModel } from '../../../../core/reports/model.js';
import { revisionNotes } from '../../../../core/reports/revision-notes.js';
import { buildFixtureModel } from './fixture-model.js';

function revision(fields: Partial<ClaimRevision> & Pick<ClaimRevision, 'kind'>): ClaimRevision {
  return {
    claimId: '00000000-0000-4000-8000-00000000abcd',
    documentId: '00000000-0000-4000-8000-00000000abce',
    version: 2,
    importedAt: '2024-03-05T09:30:00.000Z',
    oldQuote: '14 people were injured',
    oldStart: 10,
    oldEnd: 32,
    newQuote: fields.kind === 'vanished' ? null : '41 people were injured',
    newStart: fields.kind === 'vanished' ? null : 10,
    newEnd: fields.kind === 'vanished' ? null : 32,
    ...fields,
  };
}

/** The fixture report with revisions on its first claim: reworded in version 2, taken out in version 3. */
function modelWithRevisions(): ReportModel {
  const model = buildFixtureModel();
  const first = model.claims[0]!;
  first.revisions = [
    revision({
      kind: 'vanished',
      version: 3,
      importedAt: '2024-03-09T10:00:00.000Z',
      oldQuote: 'We have <b>not</b> withdrawn',
      claimId: first.id,
    }),
    revision({ kind: 'changed', claimId: first.id, oldQuote: 'We have not withdrawn', newQuote: 'We have <b>not</b> withdrawn' }),
  ];
  return model;
}

describe('revisionNotes', () => {
  it('says what each later version did to the wording, with the date it was imported, oldest first', () => {
    expect(
      revisionNotes([
        revision({ kind: 'moved', version: 3, importedAt: '2024-03-09T10:00:00.000Z', newQuote: '14 people were injured' }),
        revision({ kind: 'changed' }),
        revision({ kind: 'vanished', version: 4, importedAt: '2024-04-01T00:00:00.000Z' }),
      ]),
    ).toEqual([
      'Changed after publication: on 5 March 2024 the article’s wording went from “14 people were injured” to “41 people were injured”.',
      'Changed after publication: on 9 March 2024 the article’s wording “14 people were injured” was moved to another part of the article.',
      'Changed after publication: on 1 April 2024 the article’s wording “14 people were injured” was taken out.',
    ]);
    expect(revisionNotes(undefined)).toEqual([]);
  });
});

describe('the notes in reports', () => {
  it('stand beside the claim in the HTML report, escaped, the quotes isolated for bidi', () => {
    const model = modelWithRevisions();
    const dom = new JSDOM(renderHtmlReport(model));
    const article = dom.window.document.querySelector(`article[data-claim-id="${model.claims[0]!.id}"]`)!;
    const notes = [...article.querySelectorAll('.revision-note')];
    expect(notes.map((note) => note.textContent)).toEqual([
      'Changed after publication: on 5 March 2024 the article’s wording went from “We have not withdrawn” to “We have <b>not</b> withdrawn”.',
      'Changed after publication: on 9 March 2024 the article’s wording “We have <b>not</b> withdrawn” was taken out.',
    ]);
    expect(notes[0]!.querySelectorAll('bdi')).toHaveLength(2);
    expect(article.querySelector('b')).toBeNull();
    // Other claims have none.
    expect(dom.window.document.querySelectorAll('.revision-note')).toHaveLength(2);
    dom.window.close();
  });

  it('are paragraphs of the Markdown report and a column of the CSV', () => {
    const model = modelWithRevisions();
    const markdown = renderMarkdown(model);
    expect(markdown).toContain(
      '**Changed after publication:** on 5 March 2024 the article’s wording went from “We have not withdrawn” to “We have \\<b\\>not\\</b\\> withdrawn”.',
    );
    const rows = parseCsv(renderCsv(model)) as string[][];
    const column = CSV_COLUMNS.indexOf('Changed after publication');
    expect(rows[0]![column]).toBe('Changed after publication');
    const row = rows.find((cells) => cells[CSV_COLUMNS.indexOf('Claim ID')] === model.claims[0]!.id)!;
    expect(row[column]!.split('\n')).toHaveLength(2);
    expect(rows.filter((cells) => cells[column]).length).toBe(2);
  });

  it('are absent when no claim has revisions', () => {
    const model = buildFixtureModel();
    const dom = new JSDOM(renderHtmlReport(model));
    expect(dom.window.document.querySelectorAll('.revision-note')).toHaveLength(0);
    dom.window.close();
    expect(renderMarkdown(model)).not.toContain('Changed after publication');
  });
});
