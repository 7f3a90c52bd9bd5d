// The mark a claim from the reader comments carries wherever it is shown: its words are pasted
// text of unknown provenance, posted by the commenter the thread names.
import type { CommentProvenance } from '../../core/domain.js';
import { commentProvenanceLabel } from '../../core/reports/labels.js';
import { Icon } from './Icon.js';

/** `compact` (in dense lists) shows a short label and keeps the commenter's name for the tooltip. */
export function CommentOrigin({ fromComment, compact = false }: { fromComment: CommentProvenance | null; compact?: boolean }) {
  if (!fromComment) return null;
  const label = commentProvenanceLabel(fromComment);
  return (
    <span
      className="comment-origin"
      title={`${label}. Reader comments are pasted text of unknown provenance: check where the commenter got it.`}
    >
      <Icon name="comments" size={12} />
      {compact ? 'Reader comment' : label}
    </span>
  );
}
