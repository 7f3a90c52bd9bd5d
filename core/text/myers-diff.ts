// Myers' O(ND) difference algorithm over two sequences of numbered tokens, in its linear-space
// form: find the middle snake of the shortest edit script, then solve both halves the same way
// ("An O(ND) Difference Algorithm and Its Variations", 1986, section 4b). Time grows with the
// length times the number of edits, which for two versions of one article is small; a work budget
// caps the rare pair that has nothing in common, whose remainder is then one deletion and one
// insertion, so no input can hold the host for long.

export type DiffRunKind = 'equal' | 'delete' | 'insert';

/** `count` tokens kept (from both sequences), deleted (from the first) or inserted (from the second). */
export interface DiffRun {
  kind: DiffRunKind;
  count: number;
}

/**
 * Steps of the search (diagonals tried and tokens compared along them) allowed for one diff: about
 * 100 ms of work. Two versions of a 200 KB article that differ in a few paragraphs need well under a
 * million; two unrelated texts of that size would need billions.
 */
export const DEFAULT_DIFF_BUDGET = 10_000_000;

/** What is left of the work allowed; one budget may be shared by the several diffs of one comparison. */
export interface DiffBudget {
  steps: number;
}

interface Search {
  a: Int32Array;
  b: Int32Array;
  runs: DiffRun[];
  budget: DiffBudget;
}

/** The runs that turn `a` into `b`: as many tokens kept as the budget lets the search find. */
export function diffSequences(a: Int32Array, b: Int32Array, budget: DiffBudget = { steps: DEFAULT_DIFF_BUDGET }): DiffRun[] {
  const search: Search = { a, b, runs: [], budget };
  diffRange(search, 0, a.length, 0, b.length);
  return search.runs;
}

function push(runs: DiffRun[], kind: DiffRunKind, count: number): void {
  if (count === 0) return;
  const last = runs.at(-1);
  if (last && last.kind === kind) last.count += count;
  else runs.push({ kind, count });
}

function diffRange(search: Search, aStart: number, aEnd: number, bStart: number, bEnd: number): void {
  const { a, b, runs } = search;
  // What both ends share costs no search.
  let prefix = 0;
  while (aStart + prefix < aEnd && bStart + prefix < bEnd && a[aStart + prefix] === b[bStart + prefix]) prefix += 1;
  let suffix = 0;
  while (aEnd - suffix > aStart + prefix && bEnd - suffix > bStart + prefix && a[aEnd - suffix - 1] === b[bEnd - suffix - 1]) suffix += 1;
  push(runs, 'equal', prefix);
  const from = { a: aStart + prefix, b: bStart + prefix };
  const to = { a: aEnd - suffix, b: bEnd - suffix };
  if (from.a === to.a || from.b === to.b || search.budget.steps <= 0) {
    push(runs, 'delete', to.a - from.a);
    push(runs, 'insert', to.b - from.b);
  } else {
    const middle = middleSnake(search, from.a, to.a, from.b, to.b);
    // A split at either corner would hand the same problem back; it cannot happen once the ends
    // differ, but a loop on it would hang the host, so it ends the search instead.
    const splits = middle && (middle.a !== from.a || middle.b !== from.b) && (middle.a !== to.a || middle.b !== to.b);
    if (middle && splits) {
      diffRange(search, from.a, middle.a, from.b, middle.b);
      diffRange(search, middle.a, to.a, middle.b, to.b);
    } else {
      push(runs, 'delete', to.a - from.a);
      push(runs, 'insert', to.b - from.b);
    }
  }
  push(runs, 'equal', suffix);
}

/**
 * Where the forward and backward searches for the shortest edit script meet, as a point inside the
 * ranges to split them at; null when the budget ran out first. Both ranges are non-empty and
 * differ at both ends, so the point found always splits the problem into two smaller ones.
 */
function middleSnake(search: Search, aStart: number, aEnd: number, bStart: number, bEnd: number): { a: number; b: number } | null {
  const { a, b } = search;
  const n = aEnd - aStart;
  const m = bEnd - bStart;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  const size = 2 * offset + 1;
  // forward[k]: furthest x on diagonal k (x - y = k) from the start; backward[k]: the same from the end.
  const forward = new Int32Array(size).fill(-1);
  const backward = new Int32Array(size).fill(-1);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;
  const delta = n - m;
  // With an odd delta the paths meet during a forward step, with an even one during a backward step.
  const checkForward = delta % 2 !== 0;
  // Diagonals that ran off the edge of the grid are skipped from then on.
  let forwardStart = 0;
  let forwardEnd = 0;
  let backwardStart = 0;
  let backwardEnd = 0;
  for (let d = 0; d < maxD; d += 1) {
    search.budget.steps -= 2 * d + 1;
    if (search.budget.steps < 0) return null;
    for (let k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
      const index = offset + k;
      let x = k === -d || (k !== d && forward[index - 1]! < forward[index + 1]!) ? forward[index + 1]! : forward[index - 1]! + 1;
      let y = x - k;
      const snakeFrom = x;
      while (x < n && y < m && a[aStart + x] === b[bStart + y]) {
        x += 1;
        y += 1;
      }
      search.budget.steps -= x - snakeFrom;
      forward[index] = x;
      if (x > n) forwardEnd += 2;
      else if (y > m) forwardStart += 2;
      else if (checkForward) {
        const mirror = offset + delta - k;
        if (mirror >= 0 && mirror < size && backward[mirror] !== -1 && x >= n - backward[mirror]!) {
          return { a: aStart + x, b: bStart + y };
        }
      }
    }
    for (let k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
      const index = offset + k;
      let x = k === -d || (k !== d && backward[index - 1]! < backward[index + 1]!) ? backward[index + 1]! : backward[index - 1]! + 1;
      let y = x - k;
      const snakeFrom = x;
      while (x < n && y < m && a[aEnd - x - 1] === b[bEnd - y - 1]) {
        x += 1;
        y += 1;
      }
      search.budget.steps -= x - snakeFrom;
      backward[index] = x;
      if (x > n) backwardEnd += 2;
      else if (y > m) backwardStart += 2;
      else if (!checkForward) {
        const mirror = offset + delta - k;
        if (mirror >= 0 && mirror < size && forward[mirror] !== -1) {
          const forwardX = forward[mirror]!;
          const forwardY = forwardX - (mirror - offset);
          if (forwardX >= n - x) return { a: aStart + forwardX, b: bStart + forwardY };
        }
      }
    }
  }
  return null;
}
