// Whether a piece of evidence supports the claim, refutes it, or only gives context.
import { useId } from 'react';

import { EVIDENCE_STANCES, type EvidenceStance } from '../../../core/domain.js';
import { EVIDENCE_STANCE_LABELS } from '../../../core/vocabulary/stances.js';

export function StancePicker({ value, onChange }: { value: EvidenceStance; onChange: (stance: EvidenceStance) => void }) {
  const name = useId();
  return (
    <div className="segmented segmented--compact" role="radiogroup" aria-label="Stance">
      {EVIDENCE_STANCES.map((stance) => (
        <label key={stance} className="segmented__option">
          <input type="radio" name={name} checked={value === stance} onChange={() => onChange(stance)} />
          <span>{EVIDENCE_STANCE_LABELS[stance]}</span>
        </label>
      ))}
    </div>
  );
}

export function StanceBadge({ stance }: { stance: EvidenceStance }) {
  return <span className={`badge stance-badge stance-badge--${stance}`}>{EVIDENCE_STANCE_LABELS[stance]}</span>;
}
