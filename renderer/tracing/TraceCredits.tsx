// The photo and wire credits that name a source ("Mikhail Pochuev/TASS"): its pictures in the
// workbench's documents. They are credits of the documents' images, kept apart from its claims.
import type { SourceTrace } from '../../core/domain.js';
import { dispatch } from '../commands/app-commands.js';
import { Icon } from '../components/Icon.js';
import { formatNumber } from '../format.js';

export function TraceCredits({ credits, headingId }: { credits: SourceTrace['credits']; headingId: string }) {
  if (credits.length === 0) return null;
  return (
    <section className="trace__section" aria-labelledby={`${headingId}-credits`}>
      <h3 className="trace__heading" id={`${headingId}-credits`}>
        Photo credits <span className="trace__heading-count">{formatNumber(credits.length)}</span>
      </h3>
      <ul className="trace-documents" aria-label="Photo credits naming this source">
        {credits.map((credit, index) => (
          <li key={`${credit.documentId}-${index}`} className="trace-document">
            <Icon name="image" size={15} className="trace-document__icon" />
            <div className="trace-document__text">
              <span className="trace-document__title" dir="auto">
                {credit.text}
              </span>
              <span className="trace-document__outlet" dir="auto">
                {credit.documentTitle}
              </span>
            </div>
            <button
              type="button"
              className="toolbar-button toolbar-button--compact"
              aria-label={`Open ${credit.documentTitle}`}
              onClick={() => dispatch('open-document', { documentId: credit.documentId })}
            >
              <Icon name="reader" size={14} />
              Open
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
