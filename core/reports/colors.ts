// Rating colours are reviewer-editable and end up inside style attributes and SVG fills, so only
// plain hex colours are let through; anything else could smuggle CSS into the report.

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/iu;
export const FALLBACK_COLOR = '#757575';

export function safeColor(color: string | null | undefined): string {
  return color && HEX.test(color.trim()) ? color.trim().toLowerCase() : FALLBACK_COLOR;
}

/** Black or white, whichever reads better on `background` (WCAG relative luminance). */
export function inkOn(background: string): string {
  const hex = safeColor(background).slice(1);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const channels = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  const contrastWithBlack = (luminance + 0.05) / 0.05;
  return contrastWithWhite >= contrastWithBlack ? '#ffffff' : '#111111';
}
