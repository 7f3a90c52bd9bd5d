// The units a text diff compares: lines for a first, cheap pass over a long article, then words
// inside the lines that differ. Every character belongs to exactly one token, whitespace included,
// so joining a text's tokens gives the text back and offsets can be counted from them.

// A word is a run of letters, marks and digits, with inner apostrophes ("don't", "Qur’an"). Han,
// kana and Thai are written without spaces, so each of their characters is a word of its own;
// otherwise one changed character would mark a whole sentence changed. Anything else (punctuation,
// an emoji, a lone surrogate) is a token of one code point, so a surrogate pair is never split.
// The whitespace before a token belongs to it: as tokens of their own, the spaces between words
// would be the commonest thing two rewritten sentences share, and a diff keeping them all would
// pair each word of one sentence with a word of another. Only whitespace ending the text stands alone.
const NO_SPACES = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}`;
const LETTER = String.raw`(?:(?![${NO_SPACES}])[\p{L}\p{M}\p{N}])`;
const WORD_TOKEN = new RegExp(String.raw`\s*(?:[${NO_SPACES}]|${LETTER}+(?:['’]${LETTER}+)*|[^\s])|\s+`, 'gu');

/** The text's words and single other characters, each with the whitespace before it, in order. */
export function wordTokens(text: string): string[] {
  return text.match(WORD_TOKEN) ?? [];
}

/**
 * The text's lines, each with the line breaks before it, as words take the spaces before them:
 * blank lines are the commonest lines of all, and paired on their own they would tie unrelated
 * paragraphs together. Line breaks ending the text stand alone.
 */
export function lineTokens(text: string): string[] {
  return text.match(/\n*[^\n]+|\n+/gu) ?? [];
}

/**
 * Numbers tokens so that equal tokens get equal numbers: the diff then compares integers, not
 * strings. One interner serves both texts of a diff.
 */
export class TokenInterner {
  private readonly ids = new Map<string, number>();

  intern(tokens: readonly string[]): Int32Array {
    const numbered = new Int32Array(tokens.length);
    tokens.forEach((token, index) => {
      let id = this.ids.get(token);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(token, id);
      }
      numbered[index] = id;
    });
    return numbered;
  }
}
