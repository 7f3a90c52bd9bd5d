// The "Changed after publication" notes of one claim in the Markdown report: one paragraph each,
// the quoted wordings escaped like any text from an article.
import { markdownInline } from './markdown-escape.js';
import type { ReportClaim } from './model.js';
import { inVersionOrder, REVISION_NOTE_LABEL, revisionDetail } from './revision-notes.js';

export function revisionNotesMarkdown(claim: ReportClaim): string[] {
  return inVersionOrder(claim.revisions).map(
    (revision) =>
      `**${REVISION_NOTE_LABEL}:** ${revisionDetail(revision, { quote: (words) => `“${markdownInline(words)}”`, text: markdownInline })}`,
  );
}
