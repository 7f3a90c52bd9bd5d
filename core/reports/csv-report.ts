// One row per claim, RFC 4180: CRLF line endings, a field quoted when it holds a comma, quote,
// CR or LF, quotes doubled. Claims come in the same order as the other reports.
import { STATUS_LABELS } from '../vocabulary/status-labels.js';
import { CHAIN_SEPARATOR, chainSourceNames } from './chain.js';
import { type NumberedClaim, numberedClaims } from './claim-order.js';
import { commentProvenanceLabel } from './labels.js';
import type { ReportModel } from './model.js';
import { originFlagLabel, originLine } from './origin-note.js';
import { claimCounter, type RenderOptions } from './render-progress.js';
import { revisionNotes } from './revision-notes.js';

export interface CsvOptions extends RenderOptions {
  /**
   * Start the file with a UTF-8 byte-order mark. Excel on Windows reads a CSV without one in the
   * legacy code page and mangles every non-Latin character (Persian, Russian, curly quotes).
   */
  bom?: boolean;
}

export const CSV_COLUMNS = [
  'Document',
  'Document URL',
  'Quote',
  'Statement',
  'Claimant',
  'Attribution chain',
  'Provenance',
  'Status',
  'Reviewer',
  'Verdict',
  'Rationale',
  'Evidence URLs',
  'Created at',
  'Updated at',
  'Claim ID',
  'Document ID',
  'Changed after publication',
  'Independent origins',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

export function renderCsv(model: ReportModel, options: CsvOptions = {}): string {
  const rendered = claimCounter(options.onProgress);
  const claimRows = numberedClaims(model).map((c) => {
    const row = claimRow(c).map(csvField);
    rendered();
    return row;
  });
  const rows = [CSV_COLUMNS.map(csvField), ...claimRows];
  return (options.bom ? BOM : '') + rows.map((r) => r.join(',')).join(CRLF) + CRLF;
}

function claimRow({ claim, document }: NumberedClaim): string[] {
  return [
    document?.title ?? '',
    document?.url ?? '',
    claim.quote,
    claim.statement,
    claim.claimant,
    chainSourceNames(claim).join(CHAIN_SEPARATOR),
    claim.fromComment ? commentProvenanceLabel(claim.fromComment) : '',
    STATUS_LABELS[claim.status],
    claim.assignee ?? '',
    claim.rating?.label ?? '',
    claim.rationaleText,
    claim.evidence
      .map((e) => e.url)
      .filter((url): url is string => Boolean(url))
      .join('\n'),
    claim.createdAt,
    claim.updatedAt,
    claim.id,
    claim.documentId,
    revisionNotes(claim.revisions).join('\n'),
    [originFlagLabel(claim.origins), originLine(claim.origins)].filter(Boolean).join(': '),
  ];
}

/** One field, neutralised against formula injection and quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/**
 * Spreadsheets treat a cell that starts with =, +, -, @ (and, in some, a tab or carriage return
 * before them) as a formula. Quotes and comments come from articles and reader threads anyone can
 * write, so a cell like `=cmd|' /C calc'!A0` or `=HYPERLINK("http://…")` would run or leak data
 * when a colleague opens the export. A leading apostrophe (the OWASP "CSV injection" advice)
 * makes every spreadsheet read the cell as text. The apostrophe stays visible, and a program
 * reading the file sees it too ("'-30% crossings"): a small, honest price for a file that is safe
 * to double-click.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}
