// A suggestion a reviewer rejected is the same one again when its words and its chain are: its
// offsets may move when the document is re-imported.
import type { RejectedHop, RejectedSuggestion } from '../domain.js';
import { chainIdentity } from './chain-identity.js';
import type { Suggestion } from './types.js';

/** The chain a rejection remembers of a suggestion: each hop's source, by name and registry ID. */
export function rejectedChain(suggestion: Pick<Suggestion, 'hops'>): RejectedHop[] {
  return suggestion.hops.map((hop) => ({ source: hop.source, sourceId: hop.sourceId }));
}

/** A test for "was this suggestion rejected here?", built once per detection run. */
export function rejectedMatcher(rejections: readonly RejectedSuggestion[]): (suggestion: Pick<Suggestion, 'claim' | 'hops'>) => boolean {
  const keys = new Set(rejections.map((r) => key(r.claimQuote, r.chain)));
  return (suggestion) => keys.has(key(suggestion.claim.text, rejectedChain(suggestion)));
}

/** A rejected suggestion as the history shows it: the chain, then the start of the claim. */
export function describeRejection(suggestion: { claim: { text: string }; hops: readonly { source: string }[] }): string {
  const quote = suggestion.claim.text.length > 80 ? `${suggestion.claim.text.slice(0, 77)}…` : suggestion.claim.text;
  return `${suggestion.hops.map((hop) => hop.source).join(' → ')}: “${quote}”`;
}

function key(quote: string, chain: readonly RejectedHop[]): string {
  return `${quote}\u0000${chainIdentity(chain)}`;
}
