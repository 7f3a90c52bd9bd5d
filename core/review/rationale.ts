// The rule that ties a verdict to its reasoning: a claim may only be done with a verdict when the
// reviewer has written why. A done claim without a verdict (judged not worth checking) needs none.

import type { Claim } from '../domain.js';

/** Lexical state of a long rationale stays far below this; anything larger is not a rationale. */
export const MAX_RATIONALE_JSON_CHARS = 2_000_000;
export const MAX_RATIONALE_TEXT_CHARS = 1_000_000;

export const RATIONALE_REQUIRED_MESSAGE = 'Write the rationale before marking a claim done with a verdict';

/** What of a claim the rule looks at. */
export type VerdictState = Pick<Claim, 'status' | 'ratingId' | 'rationaleText'>;

export function hasRationale(rationaleText: string): boolean {
  return rationaleText.trim().length > 0;
}

/** Whether a claim in this state breaks the rule: done, with a verdict, and no rationale. */
export function lacksRequiredRationale(state: VerdictState): boolean {
  return state.status === 'done' && state.ratingId !== null && !hasRationale(state.rationaleText);
}

/**
 * Why `rationaleJson` cannot be stored as a rationale, or null when it can. The renderer saves
 * Lexical editor state, which is always an object with a `root` object; anything else would fail
 * to load back into the editor and be lost to the reviewer.
 */
export function rationaleJsonError(rationaleJson: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rationaleJson);
  } catch {
    return 'The rationale could not be saved: rationaleJson is not valid JSON.';
  }
  const root = isPlainObject(parsed) ? parsed.root : undefined;
  if (!isPlainObject(root)) {
    return 'The rationale could not be saved: rationaleJson is not editor state (it needs a "root" object).';
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
