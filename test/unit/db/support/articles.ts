// Articles the claim, source and detection tests share. Written like the imports reviewers get:
// a headline, attribution phrases of several shapes, and an emoji to trip UTF-16 arithmetic.

export const IDLIB_ARTICLE = `Militants refuse to hand over weapons in Idlib

The National Liberation Front rejected the demilitarised zone agreement on Monday, AFP quoted NLF spokesman Naji Mustafa as saying.

The US military evacuated several ISIL commanders from Deir ez-Zor in recent weeks, Fars News Agency reported, citing Arab sources.

Turkey will keep its twelve observation posts 🇹🇷 in the zone, the Turkish Defence Ministry said.`;

export const GRAIN_ARTICLE = `Grain corridor talks resume in Istanbul

Negotiators met again on Tuesday to discuss the Black Sea corridor, Reuters reported.

Ukraine's farmers fear another suspension, a trader told AFP.`;

/** [start, end) of the first occurrence of `words` in `text`, failing loudly when absent. */
export function spanOf(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
}
