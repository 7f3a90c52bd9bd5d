// How the trace views word the links of the attribution graph and chain flags.
import type { ChainFlag } from '../../core/domain.js';
import { HOP_KIND_ON_LINK } from '../../core/vocabulary/hop-kinds.js';
import type { EdgeKind } from './graph-layout.js';

/** A graph link is a hop, or a document that carries a claim with no source named at all. */
export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  carries: 'carried, no source named',
  ...HOP_KIND_ON_LINK,
};

/** Why a chain is flagged, as the trace says it beside the claim. */
export const CHAIN_FLAG_LABELS: Record<Exclude<ChainFlag, null>, string> = {
  unnamed: 'Ends in an unnamed source',
  unknown: 'No source named',
};
