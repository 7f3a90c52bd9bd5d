/** A stored JSON text as its value, or null when it is not JSON (a hand-edited or damaged file). */
export function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
