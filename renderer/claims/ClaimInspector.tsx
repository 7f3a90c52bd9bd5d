// Everything about one claim, in the inspector: its words in the document, what the reviewer
// records about it, its attribution chain and its verification. Fields save by themselves. Keys
// reach its status, verdict, rationale and chain from the text or anywhere in the inspector.
import { useRef } from 'react';

import type { Claim } from '../../core/domain.js';
import { CommentOrigin } from '../components/CommentOrigin.js';
import { Icon } from '../components/Icon.js';
import { formatDate } from '../format.js';
import { toneColor } from '../reader/plugins/ClaimMarksPlugin/claim-mark-style.js';
import { ClaimVerification } from '../verification/ClaimVerification.js';
import { ChainEditor } from './ChainEditor.js';
import { claimTone } from './claim-tones.js';
import { ClaimFields } from './ClaimFields.js';
import { ClaimRevisionNote } from './ClaimRevisionNote.js';
import { useClaims } from './claims-context.js';
import { NotesEditor } from './NotesEditor.js';
import { type SaveStatus, useClaimSaver } from './use-claim-saver.js';
import { useFailureNotice } from './use-failure-notice.js';
import { useInspectorKeys } from './use-inspector-keys.js';

export function ClaimInspector({ claim }: { claim: Claim }) {
  const { openClaim, deleteClaim, reloadClaims, ratingsById } = useClaims();
  const failed = useFailureNotice();
  const saver = useClaimSaver(claim);
  const tone = claimTone(claim, ratingsById);
  const section = useRef<HTMLElement>(null);
  useInspectorKeys(claim.id, section);

  return (
    <section ref={section} className="claim-inspector" aria-label="Claim">
      <div className="claim-inspector__quote-head">
        <span className="claim-tone" style={{ ['--claim-color' as string]: toneColor(tone) }}>
          {tone.label}
        </span>
        {claim.origin === 'detected' ? <span className="badge badge--outline">Detected</span> : null}
        <CommentOrigin fromComment={claim.fromComment} />
        <SaveIndicator status={saver.status} />
      </div>
      <blockquote className="claim-quote" dir="auto" aria-label="Quote">
        {claim.quote}
      </blockquote>
      <div className="claim-inspector__quote-actions">
        {claim.orphaned ? (
          <span className="claim-orphaned">
            <Icon name="alert" size={13} />
            Lost its place in the text — re-attach it from the reader
          </span>
        ) : (
          <button type="button" className="text-button" onClick={() => openClaim(claim.id, { reveal: true })}>
            <Icon name="target" size={14} />
            Show in text
          </button>
        )}
        <span className="claim-inspector__date">Made {formatDate(claim.createdAt)}</span>
      </div>
      <ClaimRevisionNote claim={claim} />
      {saver.general ? (
        <p className="claim-field__error" role="alert">
          {saver.general}
        </p>
      ) : null}
      <ClaimFields claim={claim} saver={saver} />
      <NotesEditor
        key={claim.id}
        claimId={claim.id}
        notesJson={claim.notesJson}
        error={saver.errors.notesJson ?? saver.errors.notesText}
        onSave={(notesJson, notesText, session) => void saver.save({ notesJson, notesText }, `${claim.id}:notes:${session}`)}
      />
      <ChainEditor claim={claim} />
      <ClaimVerification claim={claim} onChanged={() => void reloadClaims()} jumpKeys />
      <div className="claim-inspector__danger">
        <button
          type="button"
          className="button button--small button--danger-outline"
          onClick={() => void deleteClaim(claim).catch(failed('The claim was not deleted'))}
        >
          <Icon name="trash" size={14} />
          Delete claim
        </button>
      </div>
    </section>
  );
}

function SaveIndicator({ status }: { status: SaveStatus }) {
  const text = status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : status === 'failed' ? 'Not saved' : '';
  return (
    <span className={`save-indicator save-indicator--${status}`} role="status">
      {status === 'saved' ? <Icon name="check" size={12} /> : null}
      {text}
    </span>
  );
}
