// One piece of evidence: what it is, whether it supports or refutes the claim, and how to reach it.
// Links are shown as text: the desktop app can hand them to the browser, the browser host only
// offers to copy them, so the app itself never opens a connection.
import type { Evidence } from '../../../core/domain.js';
import { formatFileSize } from '../../../core/text/file-size.js';
import { EVIDENCE_KIND_LABELS } from '../../../core/vocabulary/evidence-kinds.js';
import { hostKind } from '../../api-client.js';
import { dispatch } from '../../commands/app-commands.js';
import { Icon, type IconName } from '../../components/Icon.js';
import { formatDate } from '../../format.js';
import { CopyButton } from './CopyButton.js';
import { StanceBadge } from './StancePicker.js';

const KIND_ICONS: Record<Evidence['kind'], IconName> = { url: 'link', passage: 'document', file: 'paste' };

interface EvidenceItemProps {
  evidence: Evidence;
  onEdit: () => void;
  onDelete: () => void;
  onOpenFile: () => void;
}

export function EvidenceItem({ evidence, onEdit, onDelete, onOpenFile }: EvidenceItemProps) {
  const heading = evidence.title || fallbackHeading(evidence);
  return (
    <article
      className={`evidence-item evidence-item--${evidence.stance}`}
      aria-label={`${EVIDENCE_KIND_LABELS[evidence.kind]}: ${heading}`}
    >
      <div className="evidence-item__head">
        <Icon name={KIND_ICONS[evidence.kind]} size={14} className="evidence-item__kind" />
        <span className="evidence-item__title">{heading}</span>
        <StanceBadge stance={evidence.stance} />
      </div>
      {evidence.kind === 'url' && evidence.url ? <LinkLine url={evidence.url} /> : null}
      {evidence.kind === 'passage' && evidence.passage ? (
        <blockquote className="evidence-item__quote">
          {evidence.passage.quote}
          <footer className="evidence-item__meta">{evidence.passage.documentTitle}</footer>
        </blockquote>
      ) : null}
      {evidence.kind === 'file' && evidence.file ? (
        <p className="evidence-item__meta">
          {evidence.file.name} · {formatFileSize(evidence.file.size)} · {evidence.file.mediaType}
        </p>
      ) : null}
      {evidence.kind === 'url' && evidence.accessedAt ? (
        <p className="evidence-item__meta">Accessed {formatDate(evidence.accessedAt)}</p>
      ) : null}
      {evidence.note ? <p className="evidence-item__note">{evidence.note}</p> : null}
      <div className="evidence-item__actions">
        {evidence.kind === 'passage' && evidence.passage && evidence.passage.start !== null && evidence.passage.end !== null ? (
          <button
            type="button"
            className="text-button"
            onClick={() =>
              dispatch('open-passage', {
                documentId: evidence.passage!.documentId,
                start: evidence.passage!.start!,
                end: evidence.passage!.end!,
              })
            }
          >
            Open in reader
          </button>
        ) : null}
        {evidence.kind === 'file' ? (
          <button type="button" className="text-button" onClick={onOpenFile}>
            {hostKind() === 'desktop' ? 'Open' : 'Download'}
          </button>
        ) : null}
        <button type="button" className="text-button" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="text-button text-button--danger" onClick={onDelete}>
          Delete
        </button>
      </div>
    </article>
  );
}

function LinkLine({ url }: { url: string }) {
  return (
    <p className="evidence-item__url">
      <span className="evidence-item__address">{url}</span>
      {hostKind() === 'desktop' ? (
        // The desktop app passes a new-window request for a web address to the system browser.
        <a className="text-button" href={url} target="_blank" rel="noopener noreferrer">
          Open in browser
        </a>
      ) : (
        <CopyButton text={url} label="Copy address" />
      )}
    </p>
  );
}

function fallbackHeading(evidence: Evidence): string {
  if (evidence.kind === 'url') return evidence.url ?? 'Link';
  if (evidence.kind === 'passage') return evidence.passage ? `Passage of ${evidence.passage.documentTitle}` : 'Passage';
  return evidence.file?.name ?? 'File';
}
