// The verification of one claim: where it is in the review workflow, its verdict, the reasoning
// behind the verdict, the evidence, and the history of every change. Mounted in the claim
// inspector and beside the review queue.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { RatingInUse } from '../../core/api/ratings.js';
import type { Claim, ClaimStatus } from '../../core/domain.js';
import { call, ClientError } from '../api-client.js';
import { useCommand } from '../commands/app-commands.js';
import { useNotify } from '../components/Notifications.js';
import { AppearancesSection } from './appearances/AppearancesSection.js';
import { EvidenceSection } from './evidence/EvidenceSection.js';
import { errorText } from './evidence/form-parts.js';
import { HistoryTimeline } from './HistoryTimeline.js';
import { OriginsSummary } from './origins/OriginsSummary.js';
import { RationaleEditor, type RationaleEditorHandle } from './rationale/RationaleEditor.js';
import type { RationaleDraft } from './rationale/save-queue.js';
import { forwardStatus, moveBlockedBy } from './status-choices.js';
import { StatusControl } from './StatusControl.js';
import { useClaimRecords } from './use-claim-records.js';
import { useRatings } from './use-ratings.js';
import { verdictForKey } from './verdict-keys.js';
import { VerdictPicker } from './VerdictPicker.js';

export interface ClaimVerificationProps {
  claim: Claim;
  /** Called after this panel changed the claim, so the owner can reload it. */
  onChanged: () => void;
  /** A keyboard command from the surrounding view, carried out as if the control had been used. */
  /** Escape in the rationale editor hands the keyboard back to the surrounding view. */
  onLeaveEditor?: () => void;
  /** Shows the keys that jump to the status, the verdict and the rationale (the inspector's S, V and R). */
  jumpKeys?: boolean;
}

export function ClaimVerification({ claim, onChanged, onLeaveEditor, jumpKeys = false }: ClaimVerificationProps) {
  const notify = useNotify();
  const [current, setCurrent] = useState(claim);
  const latest = useRef(claim);
  const [draftText, setDraftText] = useState(claim.rationaleText);
  const draft = useRef(claim.rationaleText);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rationale = useRef<RationaleEditorHandle>(null);
  const panel = useRef<HTMLElement>(null);
  // A jump asked for before its control is on screen (the scale still loading) happens once it is,
  // unless the reviewer has moved on in the meantime.
  const pendingJump = useRef<{ selectors: readonly string[]; from: Element | null } | null>(null);
  // Likewise a verdict key pressed while the scale is still loading is kept for the claim it was
  // pressed on, not dropped.
  const pendingVerdictKey = useRef<{ claimId: string; key: string } | null>(null);
  const { ratings } = useRatings();

  const apply = useCallback((next: Claim) => {
    latest.current = next;
    setCurrent(next);
  }, []);

  // The owner reloads after every change, and a reload that set out before the change can arrive
  // after it: an older copy of the same claim never replaces a newer one.
  useEffect(() => {
    const shown = latest.current;
    if (claim.id !== shown.id || claim.updatedAt >= shown.updatedAt) apply(claim);
  }, [claim, apply]);

  // A different claim starts with its own saved rationale and no message from the previous one.
  useEffect(() => {
    draft.current = latest.current.rationaleText;
    setDraftText(latest.current.rationaleText);
    setMessage(null);
  }, [claim.id]);

  const reportError = useCallback(
    (error: unknown) => notify({ tone: 'error', title: 'Could not load the verification', message: errorText(error) }),
    [notify],
  );
  const records = useClaimRecords(claim.id, reportError);

  const onDraftText = useCallback((text: string) => {
    draft.current = text;
    setDraftText(text);
  }, []);

  const run = useCallback(
    async (action: () => Promise<Claim>) => {
      setBusy(true);
      try {
        apply(await action());
        setMessage(null);
        onChanged();
        records.reload();
      } catch (error) {
        // A refusal by the workflow rules is explained where the reviewer is looking.
        if (error instanceof ClientError && error.code === 'conflict') setMessage(error.message);
        else notify({ tone: 'error', title: 'The change was not saved', message: errorText(error) });
      } finally {
        setBusy(false);
      }
    },
    [apply, onChanged, records, notify],
  );

  const moveStatus = useCallback(
    async (to: ClaimStatus) => {
      // Words typed a moment ago count: they are saved before the rule is checked.
      await rationale.current?.flush();
      const now = latest.current;
      const blocked = moveBlockedBy({ status: now.status, ratingId: now.ratingId, rationaleText: draft.current }, to);
      if (blocked) {
        setMessage(blocked);
        return;
      }
      await run(() => call('claims.setStatus', { id: now.id, status: to }));
    },
    [run],
  );

  const chooseVerdict = useCallback(
    (ratingId: string | null) => void run(() => call('claims.setVerdict', { id: latest.current.id, ratingId })),
    [run],
  );

  const chooseVerdictByKey = (scale: readonly RatingInUse[], key: string) => {
    const choice = verdictForKey(scale, key);
    if (choice) chooseVerdict(choice.kind === 'none' ? null : choice.rating.id);
  };

  const saveRationale = useCallback(
    async ({ json, text }: RationaleDraft) => {
      const saved = await call('claims.setRationale', { id: latest.current.id, rationaleJson: json, rationaleText: text });
      apply(saved);
      onChanged();
      records.reload();
    },
    [apply, onChanged, records],
  );

  // The review queue's keys act on the claim shown here, through the panel's own checks and messages.
  useCommand('verify-claim', ({ claimId, action }) => {
    if (claimId !== latest.current.id) return;
    if (action.kind === 'focus-rationale') rationale.current?.focus();
    else if (action.kind === 'focus-status' || action.kind === 'focus-verdict') {
      const selectors = action.kind === 'focus-status' ? STATUS_CONTROLS : VERDICT_CONTROLS;
      pendingJump.current = focusIn(panel.current, selectors) ? null : { selectors, from: document.activeElement };
    } else if (action.kind === 'next-status') void moveStatus(forwardStatus(latest.current.status));
    else if (ratings) chooseVerdictByKey(ratings, action.key);
    else pendingVerdictKey.current = { claimId, key: action.key };
  });

  useEffect(() => {
    const pending = pendingVerdictKey.current;
    if (!pending || !ratings) return;
    pendingVerdictKey.current = null;
    if (pending.claimId === claim.id) chooseVerdictByKey(ratings, pending.key);
  });

  useEffect(() => {
    const jump = pendingJump.current;
    if (!jump) return;
    if (document.activeElement !== jump.from || focusIn(panel.current, jump.selectors)) pendingJump.current = null;
  });

  // Right after the owner switches claims, until the effects above catch up, the new claim is shown
  // as given: nothing of the previous claim may appear under it, not even for one frame.
  const shown = current.id === claim.id ? current : claim;
  const state = {
    status: shown.status,
    ratingId: shown.ratingId,
    rationaleText: current.id === claim.id ? draftText : claim.rationaleText,
  };
  return (
    <section ref={panel} className="verification" aria-label="Verification">
      <OriginsSummary claimId={claim.id} />
      <div className="verification-section">
        <header className="verification-section__header">
          <h3 className="verification-section__title">Status</h3>
          {jumpKeys ? <JumpKey letter="S" what="the status" /> : null}
        </header>
        <StatusControl state={state} busy={busy} onMove={(to) => void moveStatus(to)} />
        {message ? (
          <p className="verification-alert" role="alert">
            {message}
          </p>
        ) : null}
      </div>
      <div className="verification-section">
        <header className="verification-section__header">
          <h3 className="verification-section__title">Verdict</h3>
          {jumpKeys ? <JumpKey letter="V" what="the verdict; 1–9 choose one, 0 clears it" /> : null}
        </header>
        {ratings ? (
          <VerdictPicker ratings={ratings} ratingId={shown.ratingId} busy={busy} onChoose={chooseVerdict} />
        ) : (
          <p className="verification-empty">Loading the scale…</p>
        )}
      </div>
      <div className="verification-section">
        <header className="verification-section__header">
          <h3 className="verification-section__title">Rationale</h3>
          {jumpKeys ? <JumpKey letter="R" what="the rationale" /> : null}
        </header>
        <RationaleEditor
          key={claim.id}
          handle={rationale}
          json={shown.rationaleJson ?? null}
          text={shown.rationaleText}
          save={saveRationale}
          onDraftText={onDraftText}
          onEscape={onLeaveEditor}
        />
      </div>
      <EvidenceSection claimId={claim.id} documentId={claim.documentId} evidence={records.evidence} onChanged={records.reload} />
      <AppearancesSection key={claim.id} claimId={claim.id} records={records} />
      <HistoryTimeline events={records.history} ratings={ratings ?? []} />
    </section>
  );
}

// The current step of the status (the one a move starts from), else any step that can be pressed.
const STATUS_CONTROLS = ['.status-steps button[aria-pressed="true"]:not(:disabled)', '.status-steps button:not(:disabled)'];
// The verdict's radio group is one Tab stop: its checked option, else the one that takes the focus.
const VERDICT_CONTROLS = ['.verdict-picker [role="radio"][aria-checked="true"]', '.verdict-picker [role="radio"][tabindex="0"]'];

/** Focuses the first control found by the selectors, tried in order; false when there is none yet. */
function focusIn(panel: HTMLElement | null, selectors: readonly string[]): boolean {
  for (const selector of selectors) {
    const control = panel?.querySelector<HTMLElement>(selector);
    if (control) {
      control.focus();
      return true;
    }
  }
  return false;
}

/** The key that jumps to a section, beside its title. */
function JumpKey({ letter, what }: { letter: string; what: string }) {
  return (
    <kbd className="verification-section__key" title={`Press ${letter} to go to ${what}`} aria-hidden="true">
      {letter}
    </kbd>
  );
}
