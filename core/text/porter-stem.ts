// The stem SQLite's FTS5 "porter" tokenizer gives a token, computed here so that the reader and the
// search snippet mark exactly the words the full-text index matched ("reported" for "reports").
// A line-by-line port of fts5PorterCb in SQLite's fts5_tokenize.c, including its quirks: it works
// on the UTF-8 bytes of the folded token, passes tokens under 3 or over 64 bytes through unchanged,
// and treats every non-ASCII byte as a consonant, so Arabic or Cyrillic words come back as they are.

const MAX_TOKEN_BYTES = 64;
const MIN_TOKEN_BYTES = 3;

type Condition = (stem: string, length: number) => boolean;
interface Rule {
  suffix: string;
  output: string;
  when?: Condition;
}

/** The porter stem of one folded (lower-cased, accent-free) token. */
export function porterStem(token: string): string {
  if (!NON_ASCII.test(token)) return stemBytes(token);
  const bytes = utf8Bytes(token);
  if (bytes.length > MAX_TOKEN_BYTES) return token;
  const stem = stemBytes(bytes);
  return stem === bytes ? token : utf8Decode(stem);
}

const NON_ASCII = /[^\u0000-\u007f]/u;

/** Stems a string whose every unit is one byte, as the C code sees the token. */
function stemBytes(token: string): string {
  if (token.length > MAX_TOKEN_BYTES || token.length < MIN_TOKEN_BYTES) return token;
  let buf = step1a(token);
  const afterB = applyRules(buf, STEP_1B);
  if (afterB.applied && afterB.signal) {
    buf = afterB.buf;
    const afterB2 = applyRules(buf, STEP_1B2);
    if (afterB2.applied) {
      buf = afterB2.buf;
    } else {
      const last = buf[buf.length - 1]!;
      if (!isVowel(last, false) && last !== 'l' && last !== 's' && last !== 'z' && last === buf[buf.length - 2]) {
        buf = buf.slice(0, -1);
      } else if (mEq1(buf, buf.length) && oStar(buf, buf.length)) {
        buf += 'e';
      }
    }
  } else {
    buf = afterB.buf;
  }
  // Step 1c.
  if (buf[buf.length - 1] === 'y' && hasVowel(buf, buf.length - 1)) buf = `${buf.slice(0, -1)}i`;
  buf = applyRules(buf, STEP_2).buf;
  buf = applyRules(buf, STEP_3).buf;
  buf = applyRules(buf, STEP_4).buf;
  // Step 5a.
  if (buf[buf.length - 1] === 'e') {
    const n = buf.length - 1;
    if (mGt1(buf, n) || (mEq1(buf, n) && !oStar(buf, n))) buf = buf.slice(0, n);
  }
  // Step 5b.
  if (buf.length > 1 && buf.endsWith('ll') && mGt1(buf, buf.length - 1)) buf = buf.slice(0, -1);
  return buf;
}

function step1a(buf: string): string {
  const n = buf.length;
  if (buf[n - 1] !== 's') return buf;
  if (buf[n - 2] === 'e') {
    if ((n > 4 && buf[n - 4] === 's' && buf[n - 3] === 's') || (n > 3 && buf[n - 3] === 'i')) return buf.slice(0, n - 2);
    return buf.slice(0, n - 1);
  }
  return buf[n - 2] !== 's' ? buf.slice(0, n - 1) : buf;
}

/**
 * The first rule whose suffix ends the word (and is not the whole word) decides: its output
 * replaces the suffix when its condition holds, and no later rule is tried either way.
 */
function applyRules(buf: string, rules: readonly (Rule & { signal?: boolean })[]): { buf: string; applied: boolean; signal: boolean } {
  for (const rule of rules) {
    if (buf.length <= rule.suffix.length || !buf.endsWith(rule.suffix)) continue;
    const stemLength = buf.length - rule.suffix.length;
    if (rule.when && !rule.when(buf, stemLength)) return { buf, applied: false, signal: false };
    return { buf: buf.slice(0, stemLength) + rule.output, applied: true, signal: rule.signal ?? true };
  }
  return { buf, applied: false, signal: false };
}

function isVowel(c: string | undefined, yIsVowel: boolean): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || (yIsVowel && c === 'y');
}

/** Skips one vowel run then one consonant: the offset after that consonant, or 0 if there is none. */
function gobbleVC(s: string, from: number, length: number, prevConsonant: boolean): number {
  let consonant = prevConsonant;
  let i = 0;
  for (; i < length; i++) {
    consonant = !isVowel(s[from + i], consonant);
    if (!consonant) break;
  }
  for (i++; i < length; i++) {
    consonant = !isVowel(s[from + i], consonant);
    if (consonant) return i + 1;
  }
  return 0;
}

const mGt0: Condition = (s, n) => gobbleVC(s, 0, n, false) !== 0;

function mGt1(s: string, n: number): boolean {
  const first = gobbleVC(s, 0, n, false);
  return first !== 0 && gobbleVC(s, first, n - first, true) !== 0;
}

function mEq1(s: string, n: number): boolean {
  const first = gobbleVC(s, 0, n, false);
  return first !== 0 && gobbleVC(s, first, n - first, true) === 0;
}

/** Ends consonant-vowel-consonant, the last not w, x or y. */
function oStar(s: string, n: number): boolean {
  const last = s[n - 1];
  if (last === 'w' || last === 'x' || last === 'y') return false;
  let mask = 0;
  let consonant = false;
  for (let i = 0; i < n; i++) {
    consonant = !isVowel(s[i], consonant);
    mask = ((mask << 1) | (consonant ? 1 : 0)) & 7;
  }
  return mask === 5;
}

function hasVowel(s: string, n: number): boolean {
  for (let i = 0; i < n; i++) if (isVowel(s[i], i > 0)) return true;
  return false;
}

const mGt1AndSOrT: Condition = (s, n) => (s[n - 1] === 's' || s[n - 1] === 't') && mGt1(s, n);

// "eed" takes no further step 1b action; "ed" and "ing" do (the C code's return value).
const STEP_1B: readonly (Rule & { signal: boolean })[] = [
  { suffix: 'eed', output: 'ee', when: mGt0, signal: false },
  { suffix: 'ed', output: '', when: hasVowel, signal: true },
  { suffix: 'ing', output: '', when: hasVowel, signal: true },
];

const STEP_1B2: readonly Rule[] = [
  { suffix: 'at', output: 'ate' },
  { suffix: 'bl', output: 'ble' },
  { suffix: 'iz', output: 'ize' },
];

const STEP_2: readonly Rule[] = (
  [
    ['ational', 'ate'],
    ['tional', 'tion'],
    ['enci', 'ence'],
    ['anci', 'ance'],
    ['izer', 'ize'],
    ['logi', 'log'],
    ['bli', 'ble'],
    ['alli', 'al'],
    ['entli', 'ent'],
    ['eli', 'e'],
    ['ousli', 'ous'],
    ['ization', 'ize'],
    ['ation', 'ate'],
    ['ator', 'ate'],
    ['alism', 'al'],
    ['iveness', 'ive'],
    ['fulness', 'ful'],
    ['ousness', 'ous'],
    ['aliti', 'al'],
    ['iviti', 'ive'],
    ['biliti', 'ble'],
  ] as const
).map(([suffix, output]) => ({ suffix, output, when: mGt0 }));

const STEP_3: readonly Rule[] = (
  [
    ['ical', 'ic'],
    ['ness', ''],
    ['icate', 'ic'],
    ['iciti', 'ic'],
    ['ful', ''],
    ['ative', ''],
    ['alize', 'al'],
  ] as const
).map(([suffix, output]) => ({ suffix, output, when: mGt0 }));

const STEP_4: readonly Rule[] = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
].map((suffix) => ({ suffix, output: '', when: suffix === 'ion' ? mGt1AndSOrT : mGt1 }));

function utf8Bytes(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}

function utf8Decode(bytes: string): string {
  const array = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) array[i] = bytes.charCodeAt(i);
  return new TextDecoder().decode(array);
}
