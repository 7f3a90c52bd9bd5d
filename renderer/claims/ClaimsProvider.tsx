// Holds the open document's claims for the reader, the claims bar and the inspector, and carries
// out every change to them through the API with an undo entry in that document's history. Claim
// data is only ever a copy of the workbench's: a live resource, asked again on each claims.changed
// event about the open document.
//
// Every claim command resolves to what the API saved and rejects with a ClientError, reporting
// nothing itself: a form places the error under its field, a button or menu item passes it to
// `useFailureNotice`.
import { type ReactNode, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';

import type { Claim, Rating } from '../../core/domain.js';
import { call, listen } from '../api-client.js';
import { useCommand } from '../commands/app-commands.js';
import { useNotify } from '../components/Notifications.js';
import { useLiveResource } from '../use-live-resource.js';
import { useRatings } from '../verification/use-ratings.js';
import {
  acceptedEntry,
  chainEntry,
  type ClaimPatch,
  createdEntry,
  deletedEntry,
  type HopInput,
  reattachedEntry,
  restoredEntry,
  updatedEntry,
} from './claim-commands.js';
import { stepClaim } from './claim-order.js';
import { ClaimsContext, type ClaimsContextValue, ReaderSelectionContext, type Span } from './claims-context.js';
import { claimsViewReducer, INITIAL_CLAIMS_VIEW } from './claims-state.js';
import { useClaimShortcuts } from './use-claim-shortcuts.js';
import { useFailureNotice } from './use-failure-notice.js';
import { useSuggestions } from './use-suggestions.js';
import { useUndoHistory } from './use-undo-history.js';

const NO_CLAIMS: Claim[] = [];

export function ClaimsProvider({ documentId, children }: { documentId: string | null; children: ReactNode }) {
  const notify = useNotify();
  const failed = useFailureNotice();
  const [view, navigate] = useReducer(claimsViewReducer, INITIAL_CLAIMS_VIEW);
  const [selection, setSelectionState] = useState<Span | null>(null);
  const history = useUndoHistory(documentId);
  const { record, undo, redo, peekUndo, reset: resetHistory } = history;

  const list = useLiveResource(
    documentId,
    () => call('claims.list', { documentId: documentId! }),
    (event) =>
      (event.type === 'claims.changed' && event.documentId === documentId) ||
      (event.type === 'documents.changed' && documentId !== null && (event.ids.length === 0 || event.ids.includes(documentId))),
  );
  const claims = list.value ?? NO_CLAIMS;
  const loaded = list.value !== undefined || list.error !== null;
  const { mutate, reload: reloadList } = list;

  // The document was deleted under us: the reader says so; an empty list is all there is to show.
  const listError = list.error;
  useEffect(() => {
    if (listError && listError.code !== 'not_found') failed('The claims could not be loaded')(listError);
  }, [listError, failed]);

  // The verdict colours matter only once a document is open; the shell's first load stays lean.
  const [ratingsWanted, setRatingsWanted] = useState(false);
  if (documentId && !ratingsWanted) setRatingsWanted(true);
  const { ratings: scale } = useRatings(ratingsWanted);
  const ratings = useMemo(() => scale ?? [], [scale]);

  useEffect(() => {
    navigate({ type: 'document-opened', documentId });
    setSelectionState(null);
  }, [documentId]);
  useCommand('open-claim', ({ documentId: inDocument, claimId }) => navigate({ type: 'claim-requested', documentId: inDocument, claimId }));
  useEffect(() => {
    if (documentId && list.value) navigate({ type: 'claims-loaded', documentId, claimIds: list.value.map((claim) => claim.id) });
  }, [documentId, list.value, view.wanted]);

  useEffect(() => listen('workbench.opened', resetHistory), [resetHistory]);

  /** Takes a claim the API just returned, so the screen does not wait for the event's reload. */
  const upsert = useCallback(
    (claim: Claim) => {
      if (claim.documentId !== documentId) return;
      mutate((current) => {
        const index = current.findIndex((existing) => existing.id === claim.id);
        if (index === -1) return [...current, claim];
        const next = [...current];
        next[index] = claim;
        return next;
      });
    },
    [documentId, mutate],
  );

  const openClaim = useCallback((claimId: string | null, options?: { reveal?: boolean }) => {
    navigate({ type: 'open', claimId, reveal: options?.reveal });
  }, []);

  const createClaim = useCallback(
    async (span: Span) => {
      if (!documentId) throw new Error('No document is open.');
      const claim = await call('claims.create', { documentId, start: span.start, end: span.end });
      upsert(claim);
      record(claim.documentId, createdEntry(claim));
      openClaim(claim.id);
      return claim;
    },
    [documentId, upsert, record, openClaim],
  );

  const updateClaim = useCallback(
    async (claim: Claim, patch: ClaimPatch, mergeKey?: string) => {
      const saved = await call('claims.update', { id: claim.id, patch });
      upsert(saved);
      record(claim.documentId, updatedEntry(claim, patch, mergeKey));
      return saved;
    },
    [upsert, record],
  );

  // The deletion notice's Undo brings back that claim, even after other changes were made since.
  const undoDeletion = useRef<(claim: Claim) => void>(() => undefined);
  const deleteClaim = useCallback(
    async (claim: Claim) => {
      // Closed first, so nothing on screen goes on asking about a claim that is gone.
      navigate({ type: 'claim-gone', claimId: claim.id });
      try {
        await call('claims.delete', { id: claim.id });
      } catch (error) {
        openClaim(claim.id);
        throw error;
      }
      mutate((current) => current.filter((existing) => existing.id !== claim.id));
      record(claim.documentId, deletedEntry(claim));
      notify({ tone: 'info', title: 'Claim deleted', action: { label: 'Undo', onAction: () => undoDeletion.current(claim) } });
    },
    [mutate, record, notify, openClaim],
  );

  const setChain = useCallback(
    async (claim: Claim, hops: HopInput[]) => {
      const saved = await call('claims.setChain', { id: claim.id, hops });
      upsert(saved);
      record(claim.documentId, chainEntry(claim, saved));
      return saved;
    },
    [upsert, record],
  );

  const reattachClaim = useCallback(
    async (claim: Claim, span: Span) => {
      const saved = await call('claims.reattach', { id: claim.id, span });
      upsert(saved);
      const entry = reattachedEntry(claim, span);
      if (entry) record(claim.documentId, entry);
      openClaim(saved.id, { reveal: true });
      return saved;
    },
    [upsert, record, openClaim],
  );

  const suggestions = useSuggestions(documentId, (accepted) => {
    for (const claim of accepted) upsert(claim);
    // The reviewer stays in the suggestions list; the new marks show what was accepted.
    if (accepted.length > 0) record(accepted[0]!.documentId, acceptedEntry(accepted));
  });

  const historyStep = useCallback(
    async (direction: 'undo' | 'redo') => {
      const entry = await (direction === 'undo' ? undo() : redo());
      if (!entry) return;
      reloadList();
      // Show what came back; what went away leaves the inspector.
      const claimId = entry.claimId;
      if (!claimId) return;
      const removed = entry[direction].some((command) => command.method === 'claims.delete' && command.args.id === claimId);
      navigate(removed ? { type: 'claim-gone', claimId } : { type: 'open', claimId });
    },
    [undo, redo, reloadList],
  );
  const undoStep = useCallback(() => historyStep('undo'), [historyStep]);
  const redoStep = useCallback(() => historyStep('redo'), [historyStep]);
  undoDeletion.current = (claim: Claim) => {
    const top = peekUndo();
    if (top?.claimId === claim.id && top.undo.every((command) => command.method === 'claims.restore')) {
      void historyStep('undo');
      return;
    }
    void call('claims.restore', { id: claim.id })
      .then((restored) => {
        upsert(restored);
        record(restored.documentId, restoredEntry(restored));
        openClaim(restored.id);
      })
      .catch(failed('The claim was not restored'));
  };

  const claimsRef = useRef(claims);
  claimsRef.current = claims;
  const activeRef = useRef(view.activeId);
  activeRef.current = view.activeId;
  useClaimShortcuts({
    undo: () => void undoStep(),
    redo: () => void redoStep(),
    step: (direction) => {
      const next = stepClaim(claimsRef.current, activeRef.current, direction);
      if (next) openClaim(next, { reveal: true });
    },
  });

  const ratingsById = useMemo(() => new Map<string, Rating>(ratings.map((rating) => [rating.id, rating])), [ratings]);
  const activeClaim = useMemo(() => claims.find((claim) => claim.id === view.activeId) ?? null, [claims, view.activeId]);
  const reloadClaims = useCallback(async () => reloadList(), [reloadList]);

  const value = useMemo<ClaimsContextValue>(
    () => ({
      documentId,
      claims,
      loaded,
      ratings,
      ratingsById,
      activeClaim,
      openClaim,
      revealRequest: view.reveal,
      reloadClaims,
      createClaim,
      updateClaim,
      deleteClaim,
      setChain,
      reattachClaim,
      undo: undoStep,
      redo: redoStep,
      undoLabel: history.undoLabel,
      redoLabel: history.redoLabel,
      suggestions,
    }),
    [
      documentId,
      claims,
      loaded,
      ratings,
      ratingsById,
      activeClaim,
      openClaim,
      view.reveal,
      reloadClaims,
      createClaim,
      updateClaim,
      deleteClaim,
      setChain,
      reattachClaim,
      undoStep,
      redoStep,
      history.undoLabel,
      history.redoLabel,
      suggestions,
    ],
  );

  const setSelection = useCallback((span: Span | null) => {
    setSelectionState((current) =>
      current === span || (current && span && current.start === span.start && current.end === span.end) ? current : span,
    );
  }, []);
  const selectionValue = useMemo(() => ({ selection, setSelection }), [selection, setSelection]);

  return (
    <ClaimsContext.Provider value={value}>
      <ReaderSelectionContext.Provider value={selectionValue}>{children}</ReaderSelectionContext.Provider>
    </ClaimsContext.Provider>
  );
}
