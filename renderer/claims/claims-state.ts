// The reviewer's place among the open document's claims: which claim the inspector shows, which the
// reader was asked to scroll to, and a claim asked for from elsewhere (a trace, the review queue)
// that becomes the active one, scrolled to, once its document is open and its claims have loaded.
// Pure, so each transition is tested apart from the component that holds it.
import type { RevealClaimRequest } from './claims-context.js';

export interface ClaimsViewState {
  documentId: string | null;
  activeId: string | null;
  reveal: RevealClaimRequest | null;
  /** A claim asked for by another view, until it is shown or its document is left. */
  wanted: { documentId: string; claimId: string } | null;
}

export const INITIAL_CLAIMS_VIEW: ClaimsViewState = { documentId: null, activeId: null, reveal: null, wanted: null };

export type ClaimsViewAction =
  | { type: 'document-opened'; documentId: string | null }
  | { type: 'claim-requested'; documentId: string; claimId: string }
  /** The open document's claims arrived (first load or reload). */
  | { type: 'claims-loaded'; documentId: string; claimIds: readonly string[] }
  /** Shows a claim in the inspector (null: none); `reveal` also scrolls the text to it. */
  | { type: 'open'; claimId: string | null; reveal?: boolean }
  /** The claim was deleted or undone away: it leaves the inspector. */
  | { type: 'claim-gone'; claimId: string };

export function claimsViewReducer(state: ClaimsViewState, action: ClaimsViewAction): ClaimsViewState {
  switch (action.type) {
    case 'document-opened': {
      if (action.documentId === state.documentId) return state;
      // A request for a claim in this document holds until its claims are here; any other is dropped.
      const wanted = state.wanted?.documentId === action.documentId ? state.wanted : null;
      return { documentId: action.documentId, activeId: wanted?.claimId ?? null, reveal: null, wanted };
    }
    case 'claim-requested': {
      const wanted = { documentId: action.documentId, claimId: action.claimId };
      return action.documentId === state.documentId ? { ...state, activeId: action.claimId, wanted } : { ...state, wanted };
    }
    case 'claims-loaded': {
      const { wanted } = state;
      if (!wanted || wanted.documentId !== action.documentId || action.documentId !== state.documentId) return state;
      if (!action.claimIds.includes(wanted.claimId)) return state;
      return { ...state, activeId: wanted.claimId, reveal: { claimId: wanted.claimId }, wanted: null };
    }
    case 'open':
      return {
        ...state,
        activeId: action.claimId,
        reveal: action.claimId && action.reveal ? { claimId: action.claimId } : state.reveal,
      };
    case 'claim-gone':
      return state.activeId === action.claimId ? { ...state, activeId: null } : state;
  }
}
