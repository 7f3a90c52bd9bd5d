// What is known about the document, above its text. The web address is shown as text with a copy
// button: the reader never fetches it and never makes it a live link.
import { type ReactNode, useEffect, useState } from 'react';

import { type DocumentDetail, PROVENANCE_FIELDS } from '../../core/domain.js';
import { useClaims } from '../claims/claims-context.js';
import { Icon } from '../components/Icon.js';
import { countOf, formatDate } from '../format.js';
import { DocumentProvenance, GuessMark } from './DocumentProvenance.js';
import { languageName } from './languages.js';
import { DocumentVersionsFact } from './revisions/DocumentVersionsFact.js';

export function DocumentHeader({ document, onChanged }: { document: DocumentDetail; onChanged: (document: DocumentDetail) => void }) {
  const byline = [
    document.author ? `By ${document.author}` : null,
    document.publishedAt ? formatDate(document.publishedAt) : 'Publication date unknown',
  ].filter((part): part is string => part !== null);

  return (
    <section className="doc-header" aria-label="Document details">
      <p className={document.outlet ? 'doc-header__outlet' : 'doc-header__outlet doc-header__outlet--unknown'}>
        {document.outlet ?? 'Outlet unknown'}
      </p>
      <h3 className="doc-header__title" dir="auto" lang={document.language ?? undefined}>
        {document.title}
      </h3>
      <p className="doc-header__byline">
        {byline.join(' · ')}
        {document.publishedAt ? <GuessMark document={document} field="publishedAt" /> : null}
      </p>
      <dl className="doc-facts">
        <Fact label="Language">
          {document.language ? (
            <>
              {languageName(document.language)}
              <span className="doc-facts__aside">
                {document.language}
                {document.direction === 'rtl' ? ' · right to left' : ''}
              </span>
            </>
          ) : (
            <span className="doc-facts__missing">Not detected</span>
          )}
        </Fact>
        <Fact label="Web address">
          {document.url ? <CopyableUrl url={document.url} /> : <span className="doc-facts__missing">None recorded</span>}
        </Fact>
        {document.photoCredits.length > 0 ? (
          <Fact label={document.photoCredits.length === 1 ? 'Photo credit' : 'Photo credits'}>
            <ul className="doc-credits">
              {document.photoCredits.map((credit) => (
                <li key={`${credit.start}-${credit.end}`} className="doc-credit">
                  <Icon name="image" size={13} />
                  <span dir="auto">{credit.text}</span>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {PROVENANCE_FIELDS.some((field) => document.provenance[field]) ? (
          <Fact label="Found in">
            <DocumentProvenance document={document} onChanged={onChanged} />
          </Fact>
        ) : null}
        <Fact label="Imported">
          {formatDate(document.createdAt)}
          {document.sourceFile ? (
            <span className="doc-facts__aside" title={document.sourceFile}>
              from {document.sourceFile}
            </span>
          ) : null}
        </Fact>
        <DocumentVersionsFact document={document} />
        <Fact label="Length">
          {countOf(document.length, 'character')}
          <ClaimTally document={document} />
        </Fact>
      </dl>
    </section>
  );
}

// The claims provider's copy follows every claims.changed event; the detail's counts were true
// when it was fetched, and stand in only until that copy is loaded.
function ClaimTally({ document }: { document: DocumentDetail }) {
  const { documentId, loaded, claims } = useClaims();
  const live = loaded && documentId === document.id;
  const total = live ? claims.length : document.claimCount;
  const done = live ? claims.filter((claim) => claim.status === 'done').length : document.doneCount;
  return (
    <span className="doc-facts__aside">
      {countOf(total, 'claim')}, {done} done
    </span>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="doc-facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function CopyableUrl({ url }: { url: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <span className="doc-url">
      <span className="doc-url__text" translate="no">
        {url}
      </span>
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-label="Copy web address"
        title="Copy web address"
        onClick={() => void copy()}
      >
        <Icon name={copied === 'yes' ? 'check' : 'copy'} size={14} />
      </button>
      <span className="doc-url__status" role="status">
        {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Could not copy; select the address instead' : ''}
      </span>
    </span>
  );
}
