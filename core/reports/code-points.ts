// The workbench stores offsets in UTF-16 code units (what JavaScript strings and Lexical use), but
// the W3C Web Annotation TextPositionSelector counts Unicode code points. Text before a quote that
// holds an emoji or another astral character (🚨, 𝕏, many CJK extension characters) shifts the
// two counts apart by one per character, so offsets are converted, never copied.
import { widenToWholeCharacters } from '../anchoring/surrogates.js';

/** The number of code points in text[0, utf16Offset). */
export function codePointOffset(text: string, utf16Offset: number): number {
  const limit = Math.min(Math.max(utf16Offset, 0), text.length);
  let count = 0;
  for (let i = 0; i < limit; i += 1) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; skip the low half.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < limit) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count;
}

/**
 * A UTF-16 range as code points. A range edge that falls inside a surrogate pair is first widened
 * to the whole character, as anchors are.
 */
export function codePointRange(text: string, start: number, end: number): { start: number; end: number } {
  const whole = widenToWholeCharacters(text, start, end);
  return { start: codePointOffset(text, whole.start), end: codePointOffset(text, whole.end) };
}
