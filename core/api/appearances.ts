import { z } from 'zod';
import type { ClaimAppearance } from '../domain.js';
import { MIN_MATCH_SCORE } from '../anchoring.js';
import { defineMethod } from './define.js';

const id = z.uuid();

/** A passage of another document that repeats a claim, found but not necessarily linked. */
export interface AppearanceCandidate {
  documentId: string;
  documentTitle: string;
  documentUrl: string | null;
  publishedAt: string | null;
  quote: string;
  start: number;
  end: number;
  /** 1 for the exact wording, lower the more it was reworded. */
  score: number;
  /** The linked appearance this passage already is, if any. */
  appearanceId: string | null;
}

export interface ClaimAppearances {
  /** Linked appearances, earliest published first. */
  appearances: ClaimAppearance[];
  /**
   * Of the linked appearances and the claim's own document, the one published first; the own
   * document is given as an appearance whose id is the claim's. Null when none is dated.
   */
  firstAppearance: ClaimAppearance | null;
}

export const appearancesMethods = {
  'claims.findAppearances': defineMethod<AppearanceCandidate[]>()(
    z
      .object({
        id,
        minScore: z.number().min(MIN_MATCH_SCORE).max(1).default(MIN_MATCH_SCORE),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    'Passages in other documents that repeat a claim word for word or nearly, best first.',
  ),
  'claims.linkAppearance': defineMethod<ClaimAppearance>()(
    z
      .object({ id, documentId: id, start: z.number().int().min(0), end: z.number().int().min(1) })
      .strict()
      .refine((a) => a.end > a.start, 'an appearance must cover some text'),
    'Record that a span of another document is the same claim.',
  ),
  'claims.unlinkAppearance': defineMethod<{ appearanceId: string }>()(
    z.object({ appearanceId: id }).strict(),
    'Forget a linked appearance.',
  ),
  'claims.appearances': defineMethod<ClaimAppearances>()(
    z.object({ id }).strict(),
    'The linked appearances of a claim and the first place it was published.',
  ),
};
