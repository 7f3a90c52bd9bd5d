import { z } from 'zod';

// Control characters (NUL and the rest of C0 and C1) and invisible marks (zero-width spaces and
// joiners, the word joiner, the byte-order mark) cannot be seen in a name, so a name made of them
// would look empty while passing a length check; they are removed before anything is checked.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/gu;
const INVISIBLE_KEEPING_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/gu;

/**
 * A line a person types — a name, a title, a label, a query: invisible characters removed and the
 * ends trimmed, so "\u0000" and "\u200b" count as empty. Chain .min/.max as on any string.
 */
export function typedLine() {
  return z
    .string()
    .overwrite((value) => value.replace(INVISIBLE, ''))
    .trim();
}

/** Text of several lines a person types (a description): the same, with its line breaks and tabs kept. */
export function typedText() {
  return z
    .string()
    .overwrite((value) => value.replace(INVISIBLE_KEEPING_LINES, ''))
    .trim();
}
