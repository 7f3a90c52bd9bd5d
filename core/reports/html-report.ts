// The verification report as one self-contained HTML5 file: styles and charts inline, no script,
// and a Content-Security-Policy that forbids every outside request, so the file can be opened,
// mailed, archived or printed to PDF and never phones home or runs anything it was given.
import { claimsByDocument, type DocumentGroup } from './claim-order.js';
import { documentDate, formatDate, formatDateTime } from './dates.js';
import { claimHtml } from './html-claim.js';
import { escapeHtml } from './html-escape.js';
import { sourcesAppendixHtml } from './html-sources.js';
import { reportStyles } from './html-styles.js';
import { summaryHtml } from './html-summary.js';
import { dirAttr, joinDot, langAttr } from './html-text.js';
import { SCOPE_LABELS } from './labels.js';
import type { ReportModel } from './model.js';
import { claimCounter, type RenderOptions } from './render-progress.js';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderHtmlReport(model: ReportModel, options: RenderOptions = {}): string {
  const organization = model.organization.name.trim();
  const groups = claimsByDocument(model);
  const rendered = claimCounter(options.onProgress);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    '<meta name="generator" content="Claimtrace">',
    `<title>${escapeHtml(organization ? `${model.title} — ${organization}` : model.title)}</title>`,
    `<style>${reportStyles(organization || 'Verification report', model.title)}</style>`,
    '</head>',
    '<body>',
    mastheadHtml(model),
    '<main>',
    summaryHtml(model),
    `<section class="claims" aria-labelledby="claims-heading"><h2 id="claims-heading">Claims</h2>`,
    groups.length > 0
      ? groups.map((group, i) => documentGroupHtml(group, i, groups.length, model, rendered)).join('')
      : '<p class="empty-note">This report contains no claims.</p>',
    '</section>',
    sourcesAppendixHtml(model),
    '</main>',
    footerHtml(model),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function mastheadHtml(model: ReportModel): string {
  const organization = model.organization.name.trim();
  const meta: [string, string][] = [
    ['Date', formatDate(model.generatedAt)],
    ['Scope', `${SCOPE_LABELS[model.scope.kind]}: ${model.scope.label}`],
  ];
  if (model.reviewer?.trim()) meta.push(['Reviewer', model.reviewer.trim()]);
  return [
    '<header class="masthead">',
    organization ? `<p class="org">${escapeHtml(organization)}</p>` : '',
    '<p class="kicker">Verification report</p>',
    `<h1 dir="auto">${escapeHtml(model.title)}</h1>`,
    `<p class="dek">${escapeHtml(dekText(model))}</p>`,
    `<dl class="meta">${meta.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd dir="auto">${escapeHtml(v)}</dd></div>`).join('')}</dl>`,
    '</header>',
  ].join('');
}

function dekText(model: ReportModel): string {
  const claims = model.claims.length;
  if (claims === 0) return 'No claims have been recorded for this report yet.';
  const documents = new Set(model.claims.map((c) => c.documentId)).size;
  const claimWord = claims === 1 ? 'claim' : 'claims';
  const documentWord = documents === 1 ? 'document' : 'documents';
  return `${claims} ${claimWord} from ${documents} ${documentWord}, each shown in context, traced to its sources and checked against the evidence.`;
}

function documentGroupHtml(group: DocumentGroup, index: number, count: number, model: ReportModel, rendered: () => void): string {
  const doc = group.document;
  const title = doc?.title.trim() || 'Unknown document';
  const byline = doc ? joinDot([doc.outlet, doc.author ? `By ${doc.author}` : null, documentDate(doc)]) : '';
  const head = [
    `<header class="doc-head"${doc ? langAttr(doc.language) : ''}>`,
    `<p class="kicker">Document ${index + 1} of ${count} · ${group.claims.length} ${group.claims.length === 1 ? 'claim' : 'claims'}</p>`,
    `<h3${dirAttr(doc?.direction)}>${escapeHtml(title)}</h3>`,
    byline ? `<p class="byline" dir="auto">${escapeHtml(byline)}</p>` : '',
    doc?.url ? `<p class="doc-url">${escapeHtml(doc.url)}</p>` : '',
    '</header>',
  ].join('');
  return `<section class="doc" data-document-id="${escapeHtml(group.documentId)}">${head}${group.claims
    .map((c) => {
      const html = claimHtml(c, model);
      rendered();
      return html;
    })
    .join('')}</section>`;
}

function footerHtml(model: ReportModel): string {
  const organization = model.organization.name.trim();
  const lines = [
    `Prepared ${organization ? `by ${escapeHtml(organization)} ` : ''}with Claimtrace on ${escapeHtml(formatDateTime(model.generatedAt))}. Times are given in UTC.`,
  ];
  if (model.organization.url.trim()) lines.push(escapeHtml(model.organization.url.trim()));
  lines.push(
    'Quotes are shown in the sentence they appear in, with the quoted words highlighted. Attribution chains run from the publishing outlet back to the origin of the claim; unnamed sources are flagged.',
  );
  return `<footer class="report-footer">${lines.map((l) => `<p>${l}</p>`).join('')}</footer>`;
}
