import { ALIAS_KINDS, type Source } from '../../core/domain.js';
import { Icon } from '../components/Icon.js';
import { countOf, countryName } from '../format.js';
import { ALIAS_KIND_LABELS } from '../library/source-kinds.js';
import { SourceKindBadge } from '../library/SourceKindBadge.js';
import { UnconfirmedBadge } from '../sources/UnconfirmedBadge.js';
import { wikidataUrl } from '../sources/wikidata.js';

interface SourceDetailsProps {
  source: Source;
  /** Off where the name and badges are already shown above (the source pane's header). */
  showHeading?: boolean;
}

export function SourceDetails({ source, showHeading = true }: SourceDetailsProps) {
  const aliasGroups = ALIAS_KINDS.map((kind) => ({
    kind,
    aliases: source.aliases.filter((alias) => alias.kind === kind),
  })).filter((group) => group.aliases.length > 0);

  return (
    <section className="details" aria-label={`Source ${source.name}`}>
      {showHeading ? (
        <div className="details__head">
          <h3 className="details__title">{source.name}</h3>
          <div className="details__badges">
            <SourceKindBadge kind={source.kind} />
            {source.confirmed ? null : <UnconfirmedBadge />}
            {source.stateAffiliated ? <span className="badge badge--outline">State-affiliated</span> : null}
          </div>
        </div>
      ) : null}
      <dl className="facts">
        <div className="facts__row">
          <dt>Country</dt>
          <dd>{source.country ? countryName(source.country) : 'Not recorded'}</dd>
        </div>
        <div className="facts__row">
          <dt>Claims</dt>
          <dd>{countOf(source.claimCount, 'claim')} attributed</dd>
        </div>
        <div className="facts__row">
          <dt>Wikidata</dt>
          <dd>
            <WikidataItem id={source.wikidataId} />
          </dd>
        </div>
      </dl>
      <h4 className="details__section">Known as</h4>
      {aliasGroups.length === 0 ? (
        <p className="details__muted">No other names recorded.</p>
      ) : (
        aliasGroups.map((group) => (
          <div className="alias-group" key={group.kind}>
            <p className="alias-group__label">{ALIAS_KIND_LABELS[group.kind]}</p>
            <ul className="chips" aria-label={ALIAS_KIND_LABELS[group.kind]}>
              {group.aliases.map((alias) => (
                <li className="chip" key={alias.alias}>
                  {alias.alias}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {source.notes ? (
        <>
          <h4 className="details__section">Notes</h4>
          <p className="details__notes">{source.notes}</p>
        </>
      ) : null}
    </section>
  );
}

/**
 * The item as a link to its page. The desktop app hands a new-window request for a web address to
 * the system browser (electron/security.ts); the browser host opens a tab. Either way the app
 * itself fetches nothing.
 */
function WikidataItem({ id }: { id: string | null }) {
  const url = wikidataUrl(id);
  if (id === null) return <>Not recorded</>;
  if (url === null) return <>{id}</>;
  return (
    <a
      className="wikidata-link"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={`Wikidata ${id}`}
      title={`Open ${url} in your browser`}
    >
      <Icon name="link" size={13} />
      {id}
    </a>
  );
}
