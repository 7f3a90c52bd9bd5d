// How an attribution hop is worded. A hop kind says how a source was drawn on by the one before
// it in the chain, and the words depend on where they stand, so each position has its own map.
import type { HopKind } from '../domain.js';

/** The kind as a name of its own, for pickers, badges and lists: "Citing". */
export const HOP_KIND_LABELS: Record<HopKind, string> = {
  quote: 'Quote',
  paraphrase: 'Paraphrase',
  citing: 'Citing',
  credit: 'Credit',
  link: 'Link',
};

/**
 * The kind after the name of the source the hop reaches, as a report prints a chain:
 * "Fars → Arab sources (cited)" — the source was cited by the one before it.
 */
export const HOP_KIND_AFTER_SOURCE: Record<HopKind, string> = {
  quote: 'quoted',
  paraphrase: 'paraphrased',
  citing: 'cited',
  credit: 'credited',
  link: 'linked',
};

/**
 * The kind on a link between two sources, as the attribution graph lists its links:
 * "Gulf Gazette → Fars (paraphrased, citing)" — what the nearer source did.
 */
export const HOP_KIND_ON_LINK: Record<HopKind, string> = {
  quote: 'quoted',
  paraphrase: 'paraphrased',
  citing: 'citing',
  credit: 'credited',
  link: 'linked',
};
