// A claim found in the reader comments was written by the commenter, whoever they say they quote.
// The reviewer may start its chain at them; these decide what that chain is, before accepting it.
import { commenterHop } from '../../core/detection/commenter-hop.js';
import type { Suggestion } from '../../core/detection/types.js';
import { suggestionKey } from './suggestion-key.js';

/** The commenter a chain can start at, or null when the thread does not name them or it already starts there. */
export function commenterToStartAt(suggestion: Suggestion): string | null {
  return commenterHop(suggestion)?.source ?? null;
}

/** The suggestion with the commenter as its first hop when asked for and possible; otherwise unchanged. */
export function withCommenterHop(suggestion: Suggestion, startAtCommenter: boolean): Suggestion {
  const hop = startAtCommenter ? commenterHop(suggestion) : null;
  return hop ? { ...suggestion, hops: [hop, ...suggestion.hops] } : suggestion;
}

/** The suggestions as they are to be accepted: those whose key is in `startAtCommenter` start at their commenter. */
export function chainsToAccept(suggestions: readonly Suggestion[], startAtCommenter: ReadonlySet<string>): Suggestion[] {
  return suggestions.map((suggestion) => withCommenterHop(suggestion, startAtCommenter.has(suggestionKey(suggestion))));
}
