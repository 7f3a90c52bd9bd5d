// How many independent sources stand behind a claim: one line a journalist reads at once ("3
// documents · 1 independent origin", flagged when every document rests on one source), opening onto
// each origin with the documents that rest on it.
import { type ClaimOrigin, type ClaimOrigins, originCounts, type OriginDocument } from '../../../core/review/origins.js';
import { ORIGIN_FLAG_HINTS, ORIGIN_FLAG_LABELS, originName, originsLine } from '../../../core/vocabulary/origins.js';
import { call } from '../../api-client.js';
import { dispatch } from '../../commands/app-commands.js';
import { formatDate } from '../../format.js';
import { useLiveResource } from '../../use-live-resource.js';

/** A chain or a link anywhere can change where a claim rests, and so can a registry merge or a document's outlet. */
const AFFECTED_BY = ['claims.changed', 'documents.changed', 'sources.changed'] as const;

export function OriginsSummary({ claimId }: { claimId: string }) {
  const origins = useLiveResource(`origins:${claimId}`, () => call('claims.origins', { id: claimId }), AFFECTED_BY);
  const value = origins.value;
  if (!value) {
    return origins.error ? <p className="verification-empty">Could not count the origins: {origins.error.message}</p> : null;
  }
  return (
    <details className={`origins${value.flag ? ' origins--flagged' : ''}`}>
      <summary className="origins__summary">
        <span className="origins__line">{originsLine(originCounts(value))}</span>
        {value.flag ? (
          <span className="badge badge--state origins__flag" title={ORIGIN_FLAG_HINTS[value.flag]}>
            {ORIGIN_FLAG_LABELS[value.flag]}
          </span>
        ) : null}
      </summary>
      <OriginList origins={value} />
    </details>
  );
}

function OriginList({ origins }: { origins: ClaimOrigins }) {
  return (
    <div className="origins__body">
      {origins.flag ? <p className="origins__hint">{ORIGIN_FLAG_HINTS[origins.flag]}</p> : null}
      <ul className="origins__list" aria-label="Independent origins">
        {origins.origins.map((origin) => (
          <li key={origin.key} className="origins__origin">
            <OriginHeading origin={origin} />
            <DocumentList documents={origin.documents} />
          </li>
        ))}
        {origins.untraced.length > 0 ? (
          <li className="origins__origin">
            <p className="origins__name origins__name--unknown">No source given</p>
            <DocumentList documents={origins.untraced} />
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function OriginHeading({ origin }: { origin: ClaimOrigin }) {
  const [first] = origin.sourceIds;
  const name = originName(origin);
  // A named origin opens its registry entry and trace; an unnamed one has nothing more to show.
  return first && !origin.unnamed ? (
    <button type="button" className="text-button origins__name" onClick={() => dispatch('open-source', { sourceId: first })}>
      {name}
    </button>
  ) : (
    <p className="origins__name">{name}</p>
  );
}

function DocumentList({ documents }: { documents: readonly OriginDocument[] }) {
  return (
    <ul className="origins__documents">
      {documents.map((document) => (
        <li key={`${document.documentId}:${document.claimId ?? ''}`}>
          <button
            type="button"
            className="text-button origins__document"
            onClick={() =>
              document.claimId
                ? dispatch('open-claim', { documentId: document.documentId, claimId: document.claimId })
                : dispatch('open-document', { documentId: document.documentId })
            }
          >
            {document.documentTitle}
          </button>
          <span className="origins__date">{document.publishedAt ? formatDate(document.publishedAt) : 'undated'}</span>
          {document.chain.length > 1 ? (
            <span className="origins__chain">
              <span className="visually-hidden">Passed on by </span>
              {document.chain.join(' → ')}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
