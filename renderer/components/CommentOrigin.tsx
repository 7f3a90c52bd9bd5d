// The mark a claim from the reader comments carries wherever it is shown: its words are pasted
// text of unknown provenance, posted by the commenter the thread names.
import type { CommentProvenance } from '../../core/domain.js';
import { commentProvenanceLabel } from '../../core/reports/labels.js';
import { Icon } from './Icon.js';

export function CommentOrigin({ fromComment }: { fromComment: CommentProvenance | null }) {
  if (!fromComment) return null;
  return (
    <span className="comment-origin" title="Reader comments are pasted text of unknown provenance: check where the commenter got it.">
      <Icon name="comments" size={12} />
      {commentProvenanceLabel(fromComment)}
    </span>
  );
}
