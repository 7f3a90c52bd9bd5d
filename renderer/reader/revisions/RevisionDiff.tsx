// The two versions' differences in reading order: the newer text, with what it removed from the
// older one left in place and marked (see DiffMarks for how).
import type { TextDirection } from '../../../core/domain.js';
import { formatNumber } from '../../format.js';
import type { DiffPiece } from './diff-excerpts.js';
import { Added, Removed } from './DiffMarks.js';

interface RevisionDiffProps {
  pieces: readonly DiffPiece[];
  direction: TextDirection;
  language: string | null;
}

export function RevisionDiff({ pieces, direction, language }: RevisionDiffProps) {
  return (
    <div className="revision-diff" dir={direction} lang={language ?? undefined} aria-label="Differences between the versions" role="region">
      {pieces.map((piece) => {
        switch (piece.kind) {
          case 'equal':
            return <span key={piece.key}>{piece.text}</span>;
          case 'insert':
            return <Added key={piece.key} text={piece.text} />;
          case 'delete':
            return <Removed key={piece.key} text={piece.text} />;
          case 'gap':
            return (
              <span key={piece.key} className="revision-diff__gap" dir="ltr">
                … {formatNumber(piece.hidden)} characters unchanged …
              </span>
            );
        }
      })}
    </div>
  );
}
