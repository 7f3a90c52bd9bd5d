import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { CSV_COLUMNS, renderCsv } from '../../../../core/reports/csv-report.js';
import { buildFixtureModel } from './fixture-model.js';

const STATUS = { unreviewed: 'Unreviewed', in_progress: 'In progress', in_review: 'In review', done: 'Done' } as const;

const column = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name);

function records(csv: string): string[][] {
  return parse(csv, { bom: true, record_delimiter: '\r\n', relax_quotes: false }) as string[][];
}

describe('renderCsv', () => {
  const model = buildFixtureModel();
  const csv = renderCsv(model);
  const rows = records(csv);

  it('has a header and one row per claim, every line ending in CRLF', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(model.claims.length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
    // A bare LF only ever occurs inside a quoted field, never as a record separator.
    expect(parse(csv, { record_delimiter: '\r\n' })).toHaveLength(rows.length);
  });

  it('round-trips every field of every claim, whatever commas, quotes and newlines it holds', () => {
    const byId = new Map(model.claims.map((c) => [c.id, c]));
    const documents = new Map(model.documents.map((d) => [d.id, d]));
    const textCell = (value: string): string => (/^[=+\-@\t\r]/u.test(value) ? `'${value}` : value);
    for (const row of rows.slice(1)) {
      const claim = byId.get(row[column('Claim ID')]!)!;
      expect(claim).toBeDefined();
      const document = documents.get(claim.documentId)!;
      expect(row).toEqual([
        document.title,
        document.url,
        textCell(claim.quote),
        textCell(claim.statement),
        claim.claimant,
        [...claim.hops]
          .sort((a, b) => a.ordinal - b.ordinal)
          .map((h) => h.sourceName)
          .join(' → '),
        claim.fromComment
          ? claim.fromComment.commenter
            ? `From a reader comment by ${claim.fromComment.commenter}`
            : 'From a reader comment'
          : '',
        STATUS[claim.status],
        claim.assignee ?? '',
        claim.rating?.label ?? '',
        claim.rationaleText,
        claim.evidence.flatMap((e) => (e.url ? [e.url] : [])).join('\n'),
        claim.createdAt,
        claim.updatedAt,
        claim.id,
        claim.documentId,
        // No claim of the fixture was changed after publication; revision-notes.test.ts fills the column.
        '',
        // The fixture's claims carry no origins; origin-note.test.ts fills the column.
        '',
      ]);
    }
  });

  it('names the reviewer each claim is assigned to, beside its status, and leaves it blank when nobody is', () => {
    expect(rows[0]!.slice(column('Status'), column('Verdict') + 1)).toEqual(['Status', 'Reviewer', 'Verdict']);
    const assigned = rows.find((r) => r[2]?.startsWith('We have not withdrawn'))!;
    expect(assigned[column('Reviewer')]).toBe('Leila Ahmadi');
    const unassigned = rows.find((r) => r[2]?.startsWith('the withdrawal was'))!;
    expect(unassigned[column('Reviewer')]).toBe('');
  });

  it('keeps the reading order of the other reports', () => {
    const quotes = rows.slice(1).map((r) => r[2]);
    expect(quotes[0]).toBe('We have not withdrawn a single heavy weapon, and we will not');
    expect(quotes[quotes.length - 1]).toBe('شبه‌نظامیان سلاح‌های سنگین خود را از منطقه حائل خارج نکرده‌اند');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const formula = rows.find((r) => r[2]?.includes('cmd|'))!;
    expect(formula[2]).toBe("'=cmd|' /C calc'!A0 lol, who believes AFP anyway?");
    expect(formula[3]).toBe("'@AFP is not believed by readers, a commenter says");
    const negative = rows.find((r) => r[3]?.includes('30% fewer'))!;
    expect(negative[3]!.startsWith("'-30%")).toBe(true);
    // A formula later in a cell is inert and left alone.
    expect(negative[column('Rationale')]).toContain('\n\n=SUM(A1:A9) We asked');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
  });

  it('quotes only the fields that need it and doubles the quotes inside', () => {
    const claim = model.claims.find((c) => c.quote.startsWith('the withdrawal was'))!;
    expect(csv).toContain(',"the withdrawal was ""proceeding on schedule""",');
    expect(csv).toContain(`,${claim.id},${claim.documentId},,\r\n`);
  });

  it('lists every evidence URL of a claim, one per line', () => {
    const row = rows.find((r) => r[2]?.startsWith('We have not withdrawn'))!;
    expect(row[column('Evidence URLs')]!.split('\n')).toEqual([
      'https://imagery.example/reports/idlib-2018-10-08?a=1&b=2',
      'javascript:alert(document.cookie)',
    ]);
  });

  it('starts with a UTF-8 byte-order mark only when asked, so Excel reads Persian correctly', () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const withBom = renderCsv(model, { bom: true });
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(withBom.slice(1)).toBe(csv);
    const bytes = new TextEncoder().encode(withBom);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(records(withBom)).toEqual(rows);
  });
});
