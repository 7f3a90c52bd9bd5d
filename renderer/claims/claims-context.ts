// What the reader, the claims bar and the inspector share about the open document's claims. The
// claims themselves live in the workbench; this is the renderer's copy, refreshed on every
// claims.changed event, plus the reviewer's place in it (the active claim) and the undo history.
import { createContext, useContext } from 'react';

import type { RatingInUse } from '../../core/api/ratings.js';
import type { Claim, Rating } from '../../core/domain.js';
import type { ClaimPatch, HopInput } from './claim-commands.js';
import type { SuggestionsState } from './use-suggestions.js';

export interface Span {
  start: number;
  end: number;
}

/** A new object for every request, so asking for the same claim again scrolls to it again. */
export interface RevealClaimRequest {
  claimId: string;
}

export interface ClaimsContextValue {
  documentId: string | null;
  /** The open document's claims in text order, orphans last. */
  claims: Claim[];
  loaded: boolean;
  ratings: RatingInUse[];
  ratingsById: ReadonlyMap<string, Rating>;
  activeClaim: Claim | null;
  /** Shows a claim in the inspector (null: none); `reveal` also scrolls the text to it. */
  openClaim: (id: string | null, options?: { reveal?: boolean }) => void;
  revealRequest: RevealClaimRequest | null;
  reloadClaims: () => Promise<void>;

  /** Each command resolves to what was saved and rejects with a ClientError, reporting nothing itself. */
  createClaim: (span: Span) => Promise<Claim>;
  updateClaim: (claim: Claim, patch: ClaimPatch, mergeKey?: string) => Promise<Claim>;
  deleteClaim: (claim: Claim) => Promise<void>;
  setChain: (claim: Claim, hops: HopInput[]) => Promise<Claim>;
  reattachClaim: (claim: Claim, span: Span) => Promise<Claim>;

  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** What undo and redo would do, for their buttons' labels; null when there is nothing. */
  undoLabel: string | null;
  redoLabel: string | null;

  suggestions: SuggestionsState;
}

export const ClaimsContext = createContext<ClaimsContextValue | null>(null);

export function useClaims(): ClaimsContextValue {
  const value = useContext(ClaimsContext);
  if (!value) throw new Error('useClaims needs a ClaimsProvider above it.');
  return value;
}

/** The last text the reviewer selected in the reader, kept apart so a drag re-renders only what uses it. */
export interface ReaderSelectionValue {
  selection: Span | null;
  setSelection: (span: Span | null) => void;
}

export const ReaderSelectionContext = createContext<ReaderSelectionValue>({ selection: null, setSelection: () => undefined });

export function useReaderSelection(): ReaderSelectionValue {
  return useContext(ReaderSelectionContext);
}
