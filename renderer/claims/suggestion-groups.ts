// Detection's suggestions split the way the panel lists them. Photo and wire credits ("Name/AFP",
// "© Reuters") belong to the document's image, so they are kept out of the claim queue and out of
// "Accept all": a credit becomes a claim only when the reviewer picks it.
import type { Suggestion } from '../../core/detection/types.js';

export interface SuggestionGroups {
  /** Attributed statements, in text order: what "Accept all" and "Reject all" act on. */
  claims: Suggestion[];
  /** Photo and wire credits, in text order. */
  credits: Suggestion[];
}

export function isCredit(suggestion: Pick<Suggestion, 'kind'>): boolean {
  return suggestion.kind === 'credit';
}

export function groupSuggestions(suggestions: readonly Suggestion[]): SuggestionGroups {
  const groups: SuggestionGroups = { claims: [], credits: [] };
  for (const suggestion of suggestions) (isCredit(suggestion) ? groups.credits : groups.claims).push(suggestion);
  return groups;
}
