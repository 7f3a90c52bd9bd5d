// Who a suggestion is, within one document: its claim span and its chain, told apart the way
// detection tells chains apart, so two suggestions detection counts as one never get two cards,
// and two it keeps apart never share a React key.
import { chainIdentity } from '../../core/detection/chain-identity.js';
import type { Suggestion } from '../../core/detection/types.js';
import type { RejectedSuggestion } from '../../core/domain.js';

/** Identifies a suggestion within one document; also names the one focused in the list and the text. */
export function suggestionKey(suggestion: { claim: { start: number; end: number }; hops: Suggestion['hops'] }): string {
  return `${suggestion.claim.start}-${suggestion.claim.end}:${chainIdentity(suggestion.hops)}`;
}

/** The suggestions with any repeat of a span and chain dropped, keeping the first in text order. */
export function uniqueSuggestions(suggestions: readonly Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return suggestions.filter((suggestion) => {
    const key = suggestionKey(suggestion);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether a suggestion is the one a rejection was recorded for. Its words and chain decide, not
 * its offsets: the workbench matches rejections that way, because a re-import may move the text.
 */
export function isRejectedSuggestion(
  suggestion: Pick<Suggestion, 'claim' | 'hops'>,
  rejection: Pick<RejectedSuggestion, 'claimQuote' | 'chain'>,
): boolean {
  return suggestion.claim.text === rejection.claimQuote && chainIdentity(suggestion.hops) === chainIdentity(rejection.chain);
}
