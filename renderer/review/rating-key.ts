// A new rating needs a stable machine key (exports and counts use it). It is made from the label:
// lower-case ASCII letters, digits and underscores, starting with a letter, unique on the scale.

const MAX_KEY_LENGTH = 64;

export function ratingKeyFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '_')
      .replace(/^[^a-z]+/u, '')
      .replace(/_+$/u, '')
      .slice(0, MAX_KEY_LENGTH) || 'rating';
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, MAX_KEY_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The scale's order with one rating moved one place up (-1) or down (+1). */
export function moved(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const order = [...ids];
  const from = order.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return order;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order;
}
