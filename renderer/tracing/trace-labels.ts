// How the trace views word hop kinds and chain flags.
import type { ChainFlag, HopKind } from '../../core/domain.js';
import type { EdgeKind } from './graph-layout.js';

export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  carries: 'carried, no source named',
  quote: 'quoted',
  paraphrase: 'paraphrased',
  citing: 'citing',
  credit: 'credited',
  link: 'linked',
};

export const HOP_KIND_LABELS: Record<HopKind, string> = {
  quote: 'Quote',
  paraphrase: 'Paraphrase',
  citing: 'Citing',
  credit: 'Credit',
  link: 'Link',
};

/** Why a chain is flagged, as the trace says it beside the claim. */
export const CHAIN_FLAG_LABELS: Record<Exclude<ChainFlag, null>, string> = {
  unnamed: 'Ends in an unnamed source',
  unknown: 'No source named',
};
