import type { ClaimAppearance, Evidence, HistoryEvent } from '../domain.js';

/**
 * A passage of another document that repeats a claim, found but not necessarily linked. Its
 * score is 1 for the exact wording, lower the more it was reworded.
 */
export type AppearanceCandidate = Omit<ClaimAppearance, 'id' | 'claimId'> & {
  /** The linked appearance this passage already is, if any. */
  appearanceId: string | null;
};

export interface ClaimAppearances {
  /** Linked appearances, earliest published first. */
  appearances: ClaimAppearance[];
  /**
   * Of the linked appearances and the claim's own document, the one published first; the own
   * document is given as an appearance whose id is the claim's. Null when none is dated.
   */
  firstAppearance: ClaimAppearance | null;
}

/** What the inspector shows under a claim, read at one moment. */
export interface ClaimRecords {
  history: HistoryEvent[];
  /** Null once the claim is in the bin: its evidence goes and comes back with it. */
  evidence: Evidence[] | null;
  /** Null once the claim is in the bin, like the evidence. */
  appearances: ClaimAppearances | null;
}
