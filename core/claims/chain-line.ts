// An attribution chain on one line, for lists with no room for more: "Sputnik → TASS (distancing)".
import type { AttributionHop } from '../domain.js';
import { stanceNote } from '../vocabulary/stances.js';

export function chainLine(hops: readonly Pick<AttributionHop, 'sourceName' | 'stance'>[]): string {
  return hops
    .map((hop) => {
      const note = stanceNote(hop.stance);
      return note ? `${hop.sourceName} (${note})` : hop.sourceName;
    })
    .join(' → ');
}
