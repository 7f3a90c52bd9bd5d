import { detectAttributions, type DetectOptions, type Suggestion } from '../../../../core/detection/index.js';
import { SEED_SOURCES } from '../../../../core/sources/seed-registry.js';

export function detect(text: string, options?: DetectOptions): Suggestion[] {
  return detectAttributions(text, SEED_SOURCES, options);
}

/** A suggestion reduced to what a reviewer reads: the chain, the kind and the claim. */
export function summary(s: Suggestion): { hops: string[]; kind: string; claim: string } {
  return { hops: s.hops.map((h) => h.source), kind: s.kind, claim: s.claim.text };
}

export function summaries(text: string, options?: DetectOptions): { hops: string[]; kind: string; claim: string }[] {
  return detect(text, options).map(summary);
}
