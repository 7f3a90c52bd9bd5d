// Bit-parallel edit distance (Myers 1999, "A fast bit-vector algorithm for approximate string
// matching based on dynamic programming", block-based variant with Ukkonen's cut-off).
//
// The classic dynamic-programming matrix D[i][j] (pattern row i, text column j) is computed one
// text column at a time, 32 pattern rows per machine word: instead of the values themselves each
// block stores which vertical steps go up by one (P) or down by one (M). That turns the whole
// column update into a dozen bitwise operations per 32 rows, so a 1 MB document is scanned in
// O(n · k / 32) word operations where k is the error budget, not O(n · m).
//
// Everything here works on UTF-16 code units, exactly like String offsets, so every position it
// reports indexes the caller's original string.

const WORD = 32;

/** A pattern prepared for scanning: one match mask per block for every code unit it contains. */
export interface CompiledPattern {
  readonly length: number;
  readonly blockCount: number;
  /** Bit of the pattern's final row inside the last block (rows beyond it are padding). */
  readonly lastRowMask: number;
  /** Rows in the last block, in 1..32. */
  readonly lastBlockHeight: number;
  /** `blockCount` words per character class; class 0 means "code unit absent from the pattern". */
  readonly masks: Int32Array;
  /** Character class of every UTF-16 code unit. A flat table keeps the hot loop free of hashing. */
  readonly classOf: Uint16Array;
}

/**
 * Prepares `pattern` (read backwards when `reversed`, for scans that walk the text leftwards).
 * The pattern must not be empty.
 */
export function compilePattern(pattern: string, reversed = false): CompiledPattern {
  const length = pattern.length;
  if (length === 0) throw new RangeError('Cannot compile an empty pattern');
  const blockCount = Math.ceil(length / WORD);
  const classOf = new Uint16Array(0x10000);
  let classCount = 1;
  for (let i = 0; i < length; i += 1) {
    const code = pattern.charCodeAt(i);
    if (classOf[code] === 0) {
      classOf[code] = classCount;
      classCount += 1;
    }
  }
  const masks = new Int32Array(classCount * blockCount);
  for (let row = 0; row < length; row += 1) {
    const code = pattern.charCodeAt(reversed ? length - 1 - row : row);
    const cls = classOf[code] ?? 0;
    const block = Math.floor(row / WORD);
    const at = cls * blockCount + block;
    masks[at] = (masks[at] ?? 0) | (1 << (row % WORD));
  }
  const lastBlockHeight = length - (blockCount - 1) * WORD;
  return {
    length,
    blockCount,
    lastRowMask: 1 << (lastBlockHeight - 1),
    lastBlockHeight,
    masks,
    classOf,
  };
}

/**
 * Advances block `b` by one text column (Myers 1999, fig. 8). `eq` is the block's match mask for
 * the column's code unit, `hIn` the change of D along the row just above the block (−1, 0, +1),
 * `highBit` the block's bottom row. Returns the change of D along that bottom row.
 */
function advanceBlock(P: Int32Array, M: Int32Array, b: number, eq: number, hIn: number, highBit: number): number {
  const pv = P[b] ?? 0;
  const mv = M[b] ?? 0;
  const xv = eq | mv;
  const eqIn = hIn < 0 ? eq | 1 : eq;
  // The addition lets a run of matches propagate a "no cost" diagonal up the block in one step.
  const xh = ((((eqIn & pv) + pv) | 0) ^ pv) | eqIn;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  const hOut = (ph & highBit) !== 0 ? 1 : (mh & highBit) !== 0 ? -1 : 0;
  ph <<= 1;
  mh <<= 1;
  if (hIn < 0) mh |= 1;
  else if (hIn > 0) ph |= 1;
  P[b] = mh | ~(xv | ph);
  M[b] = ph & xv;
  return hOut;
}

/**
 * Called for every end offset whose best substring ending there is within the budget. Returns the
 * budget to use from then on (callers tighten it once a good candidate is known); a negative value
 * stops the scan.
 */
export type MatchEndHandler = (end: number, errors: number) => number;

/**
 * Finds substrings of `text[from, to)` within `maxErrors` edits of the pattern (Sellers' search:
 * a match may start anywhere), reporting each end offset with the fewest errors of any substring
 * ending there. Blocks whose rows all exceed the budget are skipped (Ukkonen's cut-off), which is
 * what keeps long patterns affordable: work follows the budget, not the pattern length.
 */
export function scanForMatches(
  pattern: CompiledPattern,
  text: string,
  from: number,
  to: number,
  maxErrors: number,
  onMatch: MatchEndHandler,
): void {
  const { blockCount, masks, classOf, lastRowMask, lastBlockHeight, length } = pattern;
  const lastBlock = blockCount - 1;
  let budget = Math.min(maxErrors, length);
  if (budget < 0) return;
  const P = new Int32Array(blockCount);
  const M = new Int32Array(blockCount);
  const score = new Int32Array(blockCount);
  const highBit = (b: number): number => (b === lastBlock ? lastRowMask : 1 << (WORD - 1));
  const height = (b: number): number => (b === lastBlock ? lastBlockHeight : WORD);

  // Column 0 of Sellers' matrix is D[i][0] = i: every vertical step is +1.
  let y = Math.max(0, Math.ceil(budget / WORD) - 1);
  for (let b = 0; b <= y; b += 1) {
    P[b] = -1;
    M[b] = 0;
    score[b] = (b === 0 ? 0 : (score[b - 1] ?? 0)) + height(b);
  }

  for (let j = from; j < to; j += 1) {
    const base = (classOf[text.charCodeAt(j)] ?? 0) * blockCount;
    let carry = 0;
    for (let b = 0; b <= y; b += 1) {
      carry = advanceBlock(P, M, b, masks[base + b] ?? 0, carry, highBit(b));
      score[b] = (score[b] ?? 0) + carry;
    }
    const bottom = score[y] ?? 0;
    if (bottom - carry <= budget && y < lastBlock && (((masks[base + y + 1] ?? 0) & 1) !== 0 || carry < 0)) {
      // The block below may hold a value within budget in this column: bring it in, assuming the
      // values it held while inactive grew by one per row (they were above budget, so any
      // over-estimate cannot hide a match).
      y += 1;
      P[y] = -1;
      M[y] = 0;
      score[y] = bottom - carry + height(y) + advanceBlock(P, M, y, masks[base + y] ?? 0, carry, highBit(y));
    } else {
      while (y > 0 && (score[y] ?? 0) >= budget + WORD) y -= 1;
    }
    const errors = score[y] ?? 0;
    if (y === lastBlock && errors <= budget) {
      budget = Math.min(onMatch(j + 1, errors), length);
      if (budget < 0) return;
    }
  }
}

/**
 * Edit distance between the whole pattern and the first `l` code units read from `boundary`
 * (rightwards when `direction` is 1, leftwards when −1), for every l in [0, maxLength].
 *
 * Both ends are pinned at the boundary, the far end is whatever `l` the caller picks: this finds
 * where an approximate match starts once its end is known, and how well a stored prefix or suffix
 * still lines up against the text next to a candidate.
 */
export function anchoredDistances(
  pattern: CompiledPattern,
  text: string,
  boundary: number,
  direction: 1 | -1,
  maxLength: number,
): Int32Array {
  const { blockCount, masks, classOf, lastRowMask, length } = pattern;
  const lastBlock = blockCount - 1;
  const available = direction === 1 ? text.length - boundary : boundary;
  const limit = Math.max(0, Math.min(maxLength, available));
  const P = new Int32Array(blockCount).fill(-1);
  const M = new Int32Array(blockCount);
  const distances = new Int32Array(limit + 1);
  let last = length;
  distances[0] = last;
  for (let l = 1; l <= limit; l += 1) {
    const at = direction === 1 ? boundary + l - 1 : boundary - l;
    const base = (classOf[text.charCodeAt(at)] ?? 0) * blockCount;
    // D[0][l] = l: the pattern's start is pinned, so each text unit consumed costs one at row 0.
    let carry = 1;
    for (let b = 0; b <= lastBlock; b += 1) {
      const highBit = b === lastBlock ? lastRowMask : 1 << (WORD - 1);
      carry = advanceBlock(P, M, b, masks[base + b] ?? 0, carry, highBit);
    }
    last += carry;
    distances[l] = last;
  }
  return distances;
}

/**
 * The smallest of `anchoredDistances(...)`: how cheaply the whole pattern aligns against some run
 * of text starting at `boundary`. Stored prefixes and suffixes are at most 32 code units, one
 * machine word, and are compared against every candidate, so that case runs on plain numbers
 * without allocating.
 */
export function minimumAnchoredDistance(
  pattern: CompiledPattern,
  text: string,
  boundary: number,
  direction: 1 | -1,
  maxLength: number,
): number {
  if (pattern.blockCount > 1) {
    const distances = anchoredDistances(pattern, text, boundary, direction, maxLength);
    let fewest = pattern.length;
    for (const distance of distances) if (distance < fewest) fewest = distance;
    return fewest;
  }
  const { masks, classOf, lastRowMask, length } = pattern;
  const available = direction === 1 ? text.length - boundary : boundary;
  const limit = Math.max(0, Math.min(maxLength, available));
  let pv = -1;
  let mv = 0;
  let last = length;
  let fewest = last;
  for (let l = 1; l <= limit; l += 1) {
    const at = direction === 1 ? boundary + l - 1 : boundary - l;
    const eq = masks[classOf[text.charCodeAt(at)] ?? 0] ?? 0;
    // advanceBlock with hIn = +1, unrolled for a single block.
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if ((ph & lastRowMask) !== 0) last += 1;
    else if ((mh & lastRowMask) !== 0) last -= 1;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (last < fewest) fewest = last;
  }
  return fewest;
}

/** Plain Levenshtein distance between two strings, in UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const distances = anchoredDistances(compilePattern(a), b, 0, 1, b.length);
  return distances[b.length] ?? a.length;
}
