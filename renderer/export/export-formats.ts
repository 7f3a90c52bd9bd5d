// The formats a reviewer can pick, in the order the dialog lists them. PDF is not a format of the
// service: it is the HTML report printed, by the desktop window, by the browser host's Chromium or
// by the browser's print dialog.
import { CLAIM_REVIEW_FORMATS, EXPORT_FORMATS, type ExportFormat, HISTORY_FORMATS, REVISION_NOTE_FORMATS } from '../../core/api/exports.js';

export type ExportChoice = ExportFormat | 'pdf';

export interface ExportFormatOption {
  choice: ExportChoice;
  label: string;
  detail: string;
}

export const EXPORT_FORMAT_OPTIONS: readonly ExportFormatOption[] = [
  { choice: 'html', label: 'HTML report', detail: 'One self-contained page to read, share or archive' },
  { choice: 'pdf', label: 'PDF report', detail: 'The HTML report, printed for editors' },
  { choice: 'md', label: 'Markdown', detail: 'Plain text for wikis and newsletters' },
  { choice: 'csv', label: 'CSV', detail: 'One row per claim, for spreadsheets' },
  { choice: 'claimreview', label: 'ClaimReview JSON-LD', detail: 'schema.org data for fact-check databases' },
  {
    choice: 'claimreview-script',
    label: 'ClaimReview for web pages',
    detail: 'Ready <script> blocks to paste into each published fact-check',
  },
  { choice: 'webannotation', label: 'Web Annotations', detail: 'W3C JSON-LD with quote selectors' },
  { choice: 'json', label: 'JSON bundle', detail: 'Everything, for another Claimtrace workbench' },
];

export function isExportChoice(value: unknown): value is ExportChoice {
  return value === 'pdf' || (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

/** What the service is asked to render for a choice. */
export function renderedFormat(choice: ExportChoice): ExportFormat {
  return choice === 'pdf' ? 'html' : choice;
}

/** Choices whose report can print each claim's audit history. */
export function offersHistory(choice: ExportChoice): boolean {
  return HISTORY_FORMATS.has(renderedFormat(choice));
}

/** Choices whose report can note claims a later version of their article changed. */
export function offersRevisionNotes(choice: ExportChoice): boolean {
  return REVISION_NOTE_FORMATS.has(renderedFormat(choice));
}

/** Choices that publish ClaimReview, and so need the organisation and the review URL pattern. */
export function publishesClaimReview(choice: ExportChoice): boolean {
  return CLAIM_REVIEW_FORMATS.has(renderedFormat(choice));
}

/** The name a PDF is offered under: the HTML report's name with the extension swapped. */
export function pdfFileName(htmlFileName: string): string {
  return `${htmlFileName.replace(/\.html?$/iu, '')}.pdf`;
}
