// Acronyms a document defines for itself: "the World Health Organization (WHO)" makes a later
// "WHO said" the same source as the organisation named in full.

const DEFINITION =
  /\b((?:\p{Lu}[\p{L}\p{M}'’.-]*[ \u00A0]+(?:(?:of|for|and|on|the|in|to|de|du|des|la|el|al)[ \u00A0]+)*){1,8}\p{Lu}[\p{L}\p{M}'’.-]*)[ \u00A0]*\((\p{Lu}[\p{Lu}&.]{1,7})\)/gu;
const SMALL_WORDS = new Set(['of', 'for', 'and', 'on', 'the', 'in', 'to', 'de', 'du', 'des', 'la', 'el', 'al']);

/** Acronym → the name it abbreviates, for every "Long Name (ACRONYM)" whose initials spell it. */
export function acronymDefinitions(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(DEFINITION)) {
    const acronym = (match[2] as string).replace(/\./gu, '');
    const words = (match[1] as string).split(/[ \u00A0]+/u);
    // The name is the shortest tail of the words whose initials spell the acronym.
    for (let from = words.length - 1; from >= 0; from -= 1) {
      const tail = words.slice(from);
      const initials = tail
        .filter((w) => !SMALL_WORDS.has(w.toLowerCase()))
        .map((w) => w[0])
        .join('');
      if (initials.toUpperCase() === acronym.replace(/&/gu, '')) {
        if (!found.has(acronym)) found.set(acronym, tail.join(' ').replace(/^the\s+/iu, ''));
        break;
      }
      if (initials.length > acronym.length) break;
    }
  }
  return found;
}
