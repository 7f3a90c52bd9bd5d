// The "Changed after publication" notes of one claim in the HTML report, the quoted wordings
// isolated for bidi so an Arabic or Persian quote cannot reorder the English sentence around it.
import { escapeHtml } from './html-escape.js';
import type { ReportClaim } from './model.js';
import { inVersionOrder, REVISION_NOTE_LABEL, revisionDetail } from './revision-notes.js';

export function revisionNotesHtml(claim: ReportClaim): string {
  return inVersionOrder(claim.revisions)
    .map((revision) => {
      const detail = revisionDetail(revision, { quote: (words) => `“<bdi>${escapeHtml(words)}</bdi>”`, text: escapeHtml });
      return `<p class="revision-note" data-revision="${escapeHtml(revision.kind)}"><strong>${escapeHtml(REVISION_NOTE_LABEL)}:</strong> ${detail}</p>`;
    })
    .join('');
}
