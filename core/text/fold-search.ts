// Finding what full-text search matched, inside the original text. FTS5 folds case and diacritics
// ("Erdogan" matches "Erdoğan"), so the reader must do the same to land on the same words, while
// still reporting offsets into the original, unfolded text.

/** Lower-cases and strips combining marks, remembering where each folded unit came from. */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    const piece = /[\u0000-\u007f]/.test(unit) ? unit.toLowerCase() : foldUnit(unit);
    for (let k = 0; k < piece.length; k++) origin.push(i);
    folded += piece;
  }
  origin.push(text.length);
  return { folded, origin };
}

function foldUnit(unit: string): string {
  return unit.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function foldText(text: string): string {
  return foldWithMap(text).folded;
}

/** The search's terms: "quoted phrases" stay whole, other words stand alone. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  const pattern = /"([^"]+)"|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    const cleaned = match[1] ? term : term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (cleaned) terms.push(cleaned);
  }
  return terms;
}

/**
 * An FTS5 MATCH expression for what a person typed: every term must appear, phrases as phrases.
 * Each term is quoted, so FTS5 operators typed by accident (AND, NEAR, -, *) are just words.
 */
export function ftsQuery(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' ');
}

/** The earliest place any search term occurs, as offsets into the original text. */
export function firstMatch(text: string, query: string): { start: number; end: number } | null {
  const words = searchTerms(query);
  // The whole phrase first, so a search for "buffer zone" lands on the phrase, not a lone "buffer".
  const terms = (words.length > 1 ? [words.join(' '), ...words] : words).map(foldText).filter(Boolean);
  if (terms.length === 0) return null;
  const { folded, origin } = foldWithMap(text);
  let best: { start: number; end: number } | null = null;
  for (const [index, term] of terms.entries()) {
    const at = indexOfWord(folded, term);
    if (at < 0) continue;
    const start = origin[at]!;
    if (index === 0 && words.length > 1) return { start, end: origin[at + term.length - 1]! + 1 };
    if (best && start >= best.start) continue;
    const end = origin[at + term.length - 1]! + 1;
    best = { start, end };
  }
  return best;
}

const WORD_UNIT = /[\p{L}\p{N}]/u;

/** Like indexOf, but only where the term starts a word, as a full-text token match would. */
function indexOfWord(haystack: string, term: string): number {
  let at = haystack.indexOf(term);
  while (at > 0 && WORD_UNIT.test(haystack[at - 1]!)) at = haystack.indexOf(term, at + 1);
  return at;
}
