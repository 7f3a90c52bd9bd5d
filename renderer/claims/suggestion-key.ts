import type { Suggestion } from '../../core/detection/types.js';

/** Identifies a suggestion within one document, so a rejected one stays away when detection runs again. */
export function suggestionKey(suggestion: Pick<Suggestion, 'claim' | 'hops'>): string {
  return `${suggestion.claim.start}-${suggestion.claim.end}:${suggestion.hops.map((hop) => hop.source).join('>')}`;
}
