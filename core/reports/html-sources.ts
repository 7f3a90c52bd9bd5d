// The sources appendix: every outlet, agency, official and unnamed source the chains pass through,
// with what is known about it, so a reader can weigh "state media" against "wire agency". A source
// with a Wikidata item links to the item's page, so the reader can tell which "Al-Watan" it is.
import type { Source } from '../domain.js';
import { SOURCE_KIND_LABELS } from '../vocabulary/source-kinds.js';
import { escapeHtml } from './html-escape.js';
import type { ReportModel } from './model.js';
import { claimCountsBySource } from './summary.js';
import { wikidataItem, wikidataItemUrl } from './wikidata.js';

export function sourcesAppendixHtml(model: ReportModel): string {
  const counts = claimCountsBySource(model);
  const sources = [...model.sources].sort((a, b) => a.name.localeCompare(b.name));
  const body =
    sources.length === 0
      ? '<p class="empty-note">No sources are named in the attribution chains of these claims.</p>'
      : '<table class="sources"><thead><tr><th>Source</th><th>Kind</th><th>Country</th><th>State-affiliated</th>' +
        '<th>Also known as</th><th class="num">Claims</th></tr></thead>' +
        `<tbody>${sources.map((s) => sourceRow(s, counts.get(s.id) ?? 0)).join('')}</tbody></table>`;
  return `<section class="appendix" aria-labelledby="sources-heading"><h2 id="sources-heading">Appendix: sources</h2>${body}</section>`;
}

function sourceRow(source: Source, claims: number): string {
  const notes = source.notes.trim() ? `<span class="notes" dir="auto">${escapeHtml(source.notes)}</span>` : '';
  const aliases = source.aliases.map((a) => `<bdi>${escapeHtml(a.alias)}</bdi>`).join(', ');
  return (
    `<tr data-source-id="${escapeHtml(source.id)}">` +
    `<td><bdi>${escapeHtml(source.name)}</bdi>${wikidataLink(source.wikidataId)}${notes}</td>` +
    `<td>${escapeHtml(SOURCE_KIND_LABELS[source.kind])}</td>` +
    `<td>${escapeHtml(source.country ?? '–')}</td>` +
    `<td>${source.stateAffiliated ? '<span class="yes">Yes</span>' : 'No'}</td>` +
    `<td class="aliases">${aliases || '–'}</td>` +
    `<td class="num">${claims}</td></tr>`
  );
}

/** A link to the source's Wikidata item ("Wikidata Q40464"), or nothing when it has no well-formed one. */
function wikidataLink(id: string | null): string {
  const item = wikidataItem(id);
  const href = wikidataItemUrl(item);
  if (!item || !href) return '';
  return `<a class="wikidata" href="${escapeHtml(href)}" rel="noopener noreferrer">Wikidata ${escapeHtml(item)}</a>`;
}
