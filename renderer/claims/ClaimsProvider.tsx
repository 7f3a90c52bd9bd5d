// Holds the open document's claims for the reader, the claims bar and the inspector, and carries
// out every change to them through the API with an undo entry. Claim data is only ever a copy of
// the workbench's: each claims.changed event about the open document reloads it.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RatingInUse } from '../../core/api/ratings.js';
import type { Claim, Rating } from '../../core/domain.js';
import { call, subscribe } from '../api-client.js';
import { coalesce } from '../app/coalesce.js';
import { asClientError } from '../app/use-workbench-data.js';
import { useNotify } from '../components/Notifications.js';
import { OPEN_CLAIM_EVENT, openClaimDetailOf } from '../tracing/trace-events.js';
import {
  acceptedEntry,
  chainEntry,
  createdEntry,
  deletedEntry,
  reattachedEntry,
  restoredEntry,
  updatedEntry,
  type ClaimPatch,
  type HopInput,
} from './claim-commands.js';
import { stepClaim } from './claim-order.js';
import {
  ClaimsContext,
  ReaderSelectionContext,
  type ClaimsContextValue,
  type RevealClaimRequest,
  type Span,
} from './claims-context.js';
import { useClaimShortcuts } from './use-claim-shortcuts.js';
import { useSuggestions } from './use-suggestions.js';
import { useUndoHistory } from './use-undo-history.js';

export function ClaimsProvider({ documentId, children }: { documentId: string | null; children: ReactNode }) {
  const notify = useNotify();
  const [claims, setClaims] = useState<Claim[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [ratings, setRatings] = useState<RatingInUse[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [revealRequest, setRevealRequest] = useState<RevealClaimRequest | null>(null);
  const [selection, setSelectionState] = useState<Span | null>(null);
  const history = useUndoHistory();
  const latest = useRef(0);
  const shownDocument = useRef(documentId);
  shownDocument.current = documentId;

  const loadClaims = useCallback(async (): Promise<Claim[] | null> => {
    const id = shownDocument.current;
    const request = ++latest.current;
    if (!id) return null;
    try {
      const list = await call('claims.list', { documentId: id });
      if (request !== latest.current) return null;
      setClaims(list);
      setLoaded(true);
      return list;
    } catch (error) {
      if (request !== latest.current) return null;
      const clientError = asClientError(error);
      setClaims([]);
      setLoaded(true);
      // The document was deleted under us: the reader says so; an empty list is all there is to show.
      if (clientError.code !== 'not_found') notify({ tone: 'error', title: 'The claims could not be loaded', message: clientError.message });
      return null;
    }
  }, [notify]);
  const reloadClaims = useMemo(() => coalesce(loadClaims), [loadClaims]);

  const loadRatings = useCallback(async () => {
    try {
      setRatings(await call('ratings.list'));
    } catch (error) {
      notify({ tone: 'error', title: 'The verdict scale could not be loaded', message: asClientError(error).message });
    }
  }, [notify]);

  // A claim asked for from elsewhere (a trace, the review queue) becomes the active one once its
  // document is open.
  const wanted = useRef<{ documentId: string; claimId: string } | null>(null);
  useEffect(() => {
    const onOpenClaim = (event: Event) => {
      const detail = openClaimDetailOf(event);
      if (!detail) return;
      if (detail.documentId === shownDocument.current) setActiveId(detail.claimId);
      else wanted.current = { documentId: detail.documentId, claimId: detail.claimId };
    };
    window.addEventListener(OPEN_CLAIM_EVENT, onOpenClaim);
    return () => window.removeEventListener(OPEN_CLAIM_EVENT, onOpenClaim);
  }, []);

  useEffect(() => {
    latest.current++;
    setClaims([]);
    setLoaded(false);
    setActiveId(wanted.current?.documentId === documentId ? wanted.current.claimId : null);
    wanted.current = null;
    setSelectionState(null);
    if (documentId) void loadClaims();
  }, [documentId, loadClaims]);

  // The verdict colours matter only once a document is open; the shell's first load stays lean.
  const ratingsWanted = useRef(false);
  useEffect(() => {
    if (!documentId || ratingsWanted.current) return;
    ratingsWanted.current = true;
    void loadRatings();
  }, [documentId, loadRatings]);

  useEffect(
    () =>
      subscribe((event) => {
        const open = shownDocument.current;
        switch (event.type) {
          case 'claims.changed':
            if (event.documentId === open) void reloadClaims();
            break;
          case 'documents.changed':
            if (open && (event.ids.length === 0 || event.ids.includes(open))) void reloadClaims();
            break;
          case 'ratings.changed':
            if (ratingsWanted.current) void loadRatings();
            break;
          case 'workbench.opened':
            history.reset();
            if (ratingsWanted.current) void loadRatings();
            break;
        }
      }),
    [reloadClaims, loadRatings, history.reset],
  );

  /** Takes a claim the API just returned, so the screen does not wait for the event's reload. */
  const upsert = useCallback((claim: Claim) => {
    if (claim.documentId !== shownDocument.current) return;
    latest.current++;
    setClaims((current) => {
      const index = current.findIndex((existing) => existing.id === claim.id);
      if (index === -1) return [...current, claim];
      const next = [...current];
      next[index] = claim;
      return next;
    });
  }, []);

  const openClaim = useCallback((id: string | null, options?: { reveal?: boolean }) => {
    setActiveId(id);
    if (id && options?.reveal) setRevealRequest((previous) => ({ claimId: id, serial: (previous?.serial ?? 0) + 1 }));
  }, []);

  const createClaim = useCallback(
    async (span: Span) => {
      const id = shownDocument.current;
      if (!id) return;
      try {
        const claim = await call('claims.create', { documentId: id, start: span.start, end: span.end });
        upsert(claim);
        history.record(createdEntry(claim));
        setActiveId(claim.id);
      } catch (error) {
        notify({ tone: 'error', title: 'The claim was not made', message: asClientError(error).message });
      }
    },
    [upsert, history.record, notify],
  );

  const updateClaim = useCallback(
    async (claim: Claim, patch: ClaimPatch, mergeKey?: string) => {
      const saved = await call('claims.update', { id: claim.id, patch });
      upsert(saved);
      history.record(updatedEntry(claim, patch, mergeKey));
      return saved;
    },
    [upsert, history.record],
  );

  // The deletion notice's Undo brings back that claim, even after other changes were made since.
  const undoDeletion = useRef<(claim: Claim) => void>(() => undefined);
  const deleteClaim = useCallback(
    async (claim: Claim) => {
      // Closed first, so nothing on screen goes on asking about a claim that is gone.
      setActiveId((active) => (active === claim.id ? null : active));
      try {
        await call('claims.delete', { id: claim.id });
        latest.current++;
        setClaims((current) => current.filter((existing) => existing.id !== claim.id));
        history.record(deletedEntry(claim));
        notify({ tone: 'info', title: 'Claim deleted', action: { label: 'Undo', onAction: () => undoDeletion.current(claim) } });
      } catch (error) {
        setActiveId(claim.id);
        notify({ tone: 'error', title: 'The claim was not deleted', message: asClientError(error).message });
      }
    },
    [history.record, notify],
  );

  const setChain = useCallback(
    async (claim: Claim, hops: HopInput[]) => {
      const saved = await call('claims.setChain', { id: claim.id, hops });
      upsert(saved);
      history.record(chainEntry(claim, saved));
      return saved;
    },
    [upsert, history.record],
  );

  const reattachClaim = useCallback(
    async (claim: Claim, span: Span) => {
      try {
        const saved = await call('claims.reattach', { id: claim.id, span });
        upsert(saved);
        const entry = reattachedEntry(claim, span);
        if (entry) history.record(entry);
        openClaim(saved.id, { reveal: true });
      } catch (error) {
        notify({ tone: 'error', title: 'The claim was not re-attached', message: asClientError(error).message });
      }
    },
    [upsert, history.record, openClaim, notify],
  );

  const suggestions = useSuggestions(documentId, (accepted) => {
    for (const claim of accepted) upsert(claim);
    // The reviewer stays in the suggestions list; the new marks show what was accepted.
    if (accepted.length > 0) history.record(acceptedEntry(accepted));
  });

  const historyStep = useCallback(
    async (direction: 'undo' | 'redo') => {
      const entry = await (direction === 'undo' ? history.undo() : history.redo());
      if (!entry) return;
      void reloadClaims();
      // Show what came back; what went away leaves the inspector.
      const claimId = entry.claimId;
      if (!claimId) return;
      const removed = entry[direction].some((command) => command.method === 'claims.delete' && command.args.id === claimId);
      if (removed) setActiveId((active) => (active === claimId ? null : active));
      else setActiveId(claimId);
    },
    [history.undo, history.redo, reloadClaims],
  );
  const undoStep = useCallback(() => historyStep('undo'), [historyStep]);
  undoDeletion.current = (claim: Claim) => {
    const top = history.peekUndo();
    if (top?.claimId === claim.id && top.undo.every((command) => command.method === 'claims.restore')) {
      void historyStep('undo');
      return;
    }
    void call('claims.restore', { id: claim.id })
      .then((restored) => {
        upsert(restored);
        history.record(restoredEntry(restored));
        setActiveId(restored.id);
      })
      .catch((error: unknown) => notify({ tone: 'error', title: 'The claim was not restored', message: asClientError(error).message }));
  };
  const redoStep = useCallback(() => historyStep('redo'), [historyStep]);

  const claimsRef = useRef(claims);
  claimsRef.current = claims;
  const activeRef = useRef(activeId);
  activeRef.current = activeId;
  useClaimShortcuts({
    undo: () => void undoStep(),
    redo: () => void redoStep(),
    step: (direction) => {
      const next = stepClaim(claimsRef.current, activeRef.current, direction);
      if (next) openClaim(next, { reveal: true });
    },
  });

  const ratingsById = useMemo(() => new Map<string, Rating>(ratings.map((rating) => [rating.id, rating])), [ratings]);
  const activeClaim = useMemo(() => claims.find((claim) => claim.id === activeId) ?? null, [claims, activeId]);

  const value = useMemo<ClaimsContextValue>(
    () => ({
      documentId,
      claims,
      loaded,
      ratings,
      ratingsById,
      activeClaim,
      openClaim,
      revealRequest,
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
      revealRequest,
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
