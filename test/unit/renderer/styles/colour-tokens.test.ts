// The colour tokens, read from the stylesheet itself: every text colour must reach WCAG AA (4.5:1)
// on every background it is drawn on, in the light and in the dark theme, including the tints of
// selected, hovered and pressed rows laid over the panes.
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

type Rgba = [number, number, number, number];
type Theme = 'light' | 'dark';

const css = fs.readFileSync(path.resolve(__dirname, '../../../../renderer/styles/tokens.css'), 'utf8');

function parseColour(value: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) {
    const n = Number.parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgb = /^rgb\((\d+) (\d+) (\d+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  throw new Error(`Not a colour this test reads: ${value}`);
}

/** Every `--name: light-dark(A, B)` token, by theme. */
function readTokens(): Record<Theme, Map<string, Rgba>> {
  const tokens = { light: new Map<string, Rgba>(), dark: new Map<string, Rgba>() };
  for (const match of css.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6}|rgb\([^)]*\))\s*,\s*(#[0-9a-f]{6}|rgb\([^)]*\))\s*\)/gi)) {
    tokens.light.set(match[1]!, parseColour(match[2]!));
    tokens.dark.set(match[1]!, parseColour(match[3]!));
  }
  return tokens;
}

const TOKENS = readTokens();

function token(theme: Theme, name: string): Rgba {
  const colour = TOKENS[theme].get(name);
  if (!colour) throw new Error(`tokens.css has no light-dark() token --${name}`);
  return colour;
}

/** A translucent colour painted over an opaque one. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top[3];
  return [0, 1, 2].map((channel) => top[channel]! * alpha + bottom[channel]! * (1 - alpha)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(foreground: Rgba, background: Rgba): number {
  const [high, low] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (high! + 0.05) / (low! + 0.05);
}

const PANES = ['window', 'surface', 'sidebar', 'chrome', 'raised', 'comments'];
const TINTS = ['selection', 'accent-soft', 'hover', 'pressed'];
/** The panes that list rows: rows there are hovered, pressed and selected. */
const LISTS = ['surface', 'sidebar'];

/** Every background a text token meets, by a name that says what it is. */
function backgrounds(theme: Theme, withTints: boolean): [string, Rgba][] {
  const found: [string, Rgba][] = PANES.map((pane) => [pane, token(theme, `color-${pane}`)]);
  if (!withTints) return found;
  for (const tint of TINTS) {
    for (const pane of LISTS) found.push([`${tint} on ${pane}`, over(token(theme, `color-${tint}`), token(theme, `color-${pane}`))]);
  }
  return found;
}

function shortfalls(theme: Theme, text: string, on: [string, Rgba][], minimum = 4.5): string[] {
  return on
    .map(([name, background]) => ({ name, ratio: contrast(token(theme, `color-${text}`), background) }))
    .filter(({ ratio }) => ratio < minimum)
    .map(({ name, ratio }) => `--color-${text} on ${name}: ${ratio.toFixed(2)}:1`);
}

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  it.each(['text', 'text-secondary', 'text-muted'])('draws --color-%s at 4.5:1 on every pane, selected, hovered or pressed row', (text) => {
    expect(shortfalls(theme, text, backgrounds(theme, true))).toEqual([]);
  });

  it.each(['accent', 'danger', 'success'])('draws --color-%s at 4.5:1 on every pane', (text) => {
    expect(shortfalls(theme, text, backgrounds(theme, false))).toEqual([]);
  });

  it('keeps accent text readable on its own soft tint, and text on the accent', () => {
    const soft = LISTS.map((pane): [string, Rgba] => [
      `accent-soft on ${pane}`,
      over(token(theme, 'color-accent-soft'), token(theme, `color-${pane}`)),
    ]);
    expect(shortfalls(theme, 'accent', soft)).toEqual([]);
    const accents: [string, Rgba][] = [
      ['accent', token(theme, 'color-accent')],
      ['accent-hover', token(theme, 'color-accent-hover')],
    ];
    expect(shortfalls(theme, 'on-accent', accents)).toEqual([]);
    expect(shortfalls(theme, 'danger', [['danger-soft', token(theme, 'color-danger-soft')]])).toEqual([]);
  });

  it('draws every source-kind badge at 4.5:1 on its own tint', () => {
    const badges = [...TOKENS[theme].keys()].filter((name) => /^badge-.*-fg$/.test(name)).map((name) => name.replace(/-fg$/, ''));
    expect(badges.length).toBeGreaterThan(4);
    const low = badges.filter((badge) => contrast(token(theme, `${badge}-fg`), token(theme, `${badge}-bg`)) < 4.5);
    expect(low).toEqual([]);
  });
});
