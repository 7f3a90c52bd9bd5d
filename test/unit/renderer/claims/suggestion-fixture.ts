// Suggestions as detection returns them, for the tests of the suggestions panel's helpers.
import type { Hop, Suggestion } from '../../../../core/detection/types.js';

export function hop(source: string, extra: Partial<Hop> = {}): Hop {
  return { source, sourceId: null, kind: 'paraphrase', sourceKind: 'person', stance: 'neutral', ...extra };
}

export function suggestion(claim: string, hops: Hop[], extra: Partial<Suggestion> = {}): Suggestion {
  const start = extra.claim?.start ?? 100;
  return {
    source: hops[0]!.source,
    sourceId: hops[0]!.sourceId,
    mention: { start: 0, end: hops[0]!.source.length, text: hops[0]!.source },
    cue: { start: 20, end: 28, text: 'reported' },
    kind: 'paraphrase',
    claim: { start, end: start + claim.length, text: claim },
    hops,
    fromComment: null,
    ...extra,
  };
}
