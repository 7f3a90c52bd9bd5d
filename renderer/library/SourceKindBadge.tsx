import type { SourceKind } from '../../core/domain.js';
import { SOURCE_KIND_LABELS } from '../../core/vocabulary/source-kinds.js';
import { SOURCE_KIND_TONES } from './source-kinds.js';

export function SourceKindBadge({ kind }: { kind: SourceKind }) {
  return <span className={`badge badge--${SOURCE_KIND_TONES[kind]}`}>{SOURCE_KIND_LABELS[kind]}</span>;
}
