// The summary a reader takes in before the claims: key figures, the verdict chart overall and by
// source, and the counts by status and verdict.
import { chainFlagOf } from './chain.js';
import { escapeHtml } from './html-escape.js';
import type { ReportModel } from './model.js';
import { statusCounts, UNRATED_KEY, type VerdictCount, verdictCounts, verdictsBySource } from './summary.js';
import { sourceVerdictsSvg, verdictBarSvg } from './svg-charts.js';

// More rows than this make the chart a list; the appendix has every source.
const MAX_SOURCE_ROWS = 12;

export function summaryHtml(model: ReportModel): string {
  const claims = model.claims;
  const verdicts = verdictCounts(claims, model.scale);
  const total = claims.length;
  const rated = claims.filter((c) => c.rating).length;
  const done = claims.filter((c) => c.status === 'done').length;
  const unnamed = claims.filter((c) => chainFlagOf(c) !== null).length;
  const documentCount = new Set(claims.map((c) => c.documentId)).size || model.documents.length;

  const figures = [
    figure(total, total === 1 ? 'claim' : 'claims'),
    figure(documentCount, documentCount === 1 ? 'document' : 'documents'),
    figure(rated, 'with a verdict'),
    figure(done, 'fully reviewed'),
    figure(unnamed, 'with an unnamed or unknown origin'),
  ];

  const bySource = verdictsBySource(model);
  const shownSources = bySource.slice(0, MAX_SOURCE_ROWS);
  const sourceFigure =
    shownSources.length > 0
      ? `<figure class="by-source"><figcaption id="chart-sources-caption">Verdicts by source` +
        `<span class="note">Claims whose attribution chain passes through each source; colours as above.</span></figcaption>` +
        sourceVerdictsSvg(shownSources, 'chart-sources-title', 'Verdicts by source') +
        (bySource.length > shownSources.length
          ? `<p class="more">${bySource.length - shownSources.length} more sources are listed in the appendix.</p>`
          : '') +
        '</figure>'
      : '<p class="empty-note">No attribution chains have been recorded for these claims.</p>';

  return [
    '<section class="summary" aria-labelledby="summary-heading">',
    '<h2 id="summary-heading">Summary</h2>',
    `<ul class="figures">${figures.join('')}</ul>`,
    `<figure class="overall"><figcaption>Verdicts<span class="note">All ${total} ${total === 1 ? 'claim' : 'claims'} in this report.</span></figcaption>`,
    verdictBarSvg(verdicts, 'chart-verdicts-title', 'Verdicts, all claims'),
    legendHtml(verdicts),
    '</figure>',
    sourceFigure,
    '<div class="tables">',
    statusTable(model),
    verdictTable(verdicts, total),
    '</div>',
    '</section>',
  ].join('');
}

function figure(n: number, label: string): string {
  return `<li><span class="n">${n}</span> <span class="l">${escapeHtml(label)}</span></li>`;
}

function legendHtml(verdicts: VerdictCount[]): string {
  const items = verdicts
    .filter((v) => v.count > 0 || v.key !== UNRATED_KEY)
    .map((v) => `<li>${swatch(v)}${escapeHtml(v.label)} <span class="count">${v.count}</span></li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}

function swatch(v: VerdictCount): string {
  return v.key === UNRATED_KEY
    ? '<span class="swatch unrated" aria-hidden="true"></span>'
    : `<span class="swatch" style="--c:${v.color}" aria-hidden="true"></span>`;
}

function statusTable(model: ReportModel): string {
  const rows = statusCounts(model.claims).map(
    (s) => `<tr data-status="${s.status}"><td>${escapeHtml(s.label)}</td><td class="num">${s.count}</td></tr>`,
  );
  return (
    '<table class="counts by-status"><caption>By status</caption>' +
    '<thead><tr><th>Status</th><th class="num">Claims</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody>` +
    `<tfoot><tr><td>Total</td><td class="num">${model.claims.length}</td></tr></tfoot></table>`
  );
}

function verdictTable(verdicts: VerdictCount[], total: number): string {
  const rows = verdicts
    .filter((v) => v.count > 0 || v.key !== UNRATED_KEY)
    .map((v) => {
      const share = total > 0 ? `${Math.round((v.count / total) * 100)}%` : '–';
      return `<tr data-verdict="${escapeHtml(v.key)}"><td>${swatch(v)}${escapeHtml(v.label)}</td><td class="num">${v.count}</td><td class="num">${share}</td></tr>`;
    });
  return (
    '<table class="counts by-verdict"><caption>By verdict</caption>' +
    '<thead><tr><th>Verdict</th><th class="num">Claims</th><th class="num">Share</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}
