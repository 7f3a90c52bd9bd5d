// Offsets count UTF-16 code units, so an astral character (emoji, some CJK) takes two. An offset
// between the two halves would cut the character in half: the highlight would show a broken glyph
// and the stored quote would not survive a round trip through UTF-8 (SQLite, JSON exports).

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Widens [start, end) just enough that neither edge cuts a character in half. */
export function widenToWholeCharacters(text: string, start: number, end: number): { start: number; end: number } {
  return {
    start: splitsSurrogatePair(text, start) ? start - 1 : start,
    end: splitsSurrogatePair(text, end) ? end + 1 : end,
  };
}
