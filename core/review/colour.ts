// Colours are written into style attributes (verdict swatches, claim marks, report badges), so only
// a plain #rrggbb colour is ever stored or shown: anything else could carry more CSS than a colour.

export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
export const HEX_COLOUR_MESSAGE = 'must be a colour written #rrggbb';

/** A neutral grey, shown for a colour that is not one. */
export const FALLBACK_COLOUR = '#8a8a93';

/** The colour itself when it is a #rrggbb colour, otherwise the neutral fallback. */
export function safeColour(value: string | null | undefined): string {
  return value && HEX_COLOUR.test(value) ? value.toLowerCase() : FALLBACK_COLOUR;
}
