// A suggested attribution chain as one line: each hop's source with its kind (or "New" when the
// workbench does not know it yet), and the cue's stance on the hop it reports when it is not
// neutral ("distancing: claimed").
import type { Hop } from '../../core/detection/types.js';
import { CUE_STANCE_HINTS } from '../../core/vocabulary/stances.js';
import { SourceKindBadge } from '../library/SourceKindBadge.js';
import type { CueStanceLabel } from './cue-stance.js';

interface SuggestionChainProps {
  hops: readonly Hop[];
  stance: CueStanceLabel | null;
  /** A hop the reviewer put in front (the commenter), marked so it reads as their choice. */
  addedFirst?: boolean;
}

export function SuggestionChain({ hops, stance, addedFirst = false }: SuggestionChainProps) {
  return (
    <ol className="suggestion__chain" aria-label="Attribution chain">
      {hops.map((hop, index) => (
        <li key={`${hop.source}-${index}`} className={addedFirst && index === 0 ? 'suggestion__hop is-added' : 'suggestion__hop'}>
          {index > 0 ? (
            <span className="suggestion__arrow" aria-hidden="true">
              →
            </span>
          ) : null}
          <span className="suggestion__source">{hop.source}</span>
          {hop.sourceId === null ? <span className="badge badge--outline">New</span> : <SourceKindBadge kind={hop.sourceKind} />}
          {stance?.hopIndex === index ? (
            <span className={`cue-stance cue-stance--${stance.stance}`} title={CUE_STANCE_HINTS[stance.stance]}>
              {stance.text}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
