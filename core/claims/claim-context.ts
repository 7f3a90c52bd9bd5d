import type { Claim, ClaimInContext } from '../domain.js';

/** Drops the document fields for callers whose result type is a plain Claim. */
export function withoutContext(claim: ClaimInContext): Claim {
  const { documentTitle: _title, documentOutlet: _outlet, documentPublishedAt: _published, ...plain } = claim;
  return plain;
}
