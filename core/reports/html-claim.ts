// One claim of the HTML report: verdict first, then what was said and where, who it is
// attributed to, why the verdict, the evidence and, when the report asks for it, the recent history.
import type { Rating } from '../domain.js';
import { HOP_KIND_AFTER_SOURCE } from '../vocabulary/hop-kinds.js';
import { stanceNote } from '../vocabulary/stances.js';
import { STATUS_LABELS } from '../vocabulary/status-labels.js';
import { chainFlagNote, chainFlagOf, chainSteps } from './chain.js';
import type { NumberedClaim } from './claim-order.js';
import { inkOn, safeColor } from './colors.js';
import { claimContext } from './context-sentence.js';
import { documentDate, formatDate } from './dates.js';
import { escapeHtml } from './html-escape.js';
import { evidenceListHtml } from './html-evidence.js';
import { historyHtml } from './html-history.js';
import { revisionNotesHtml } from './html-revisions.js';
import { dirAttr, joinDot, langAttr, paragraphsHtml } from './html-text.js';
import { commentProvenanceLabel, UNRATED_LABEL } from './labels.js';
import { renderLexicalHtml } from './lexical-html.js';
import type { ReportClaim, ReportDocument, ReportModel } from './model.js';
import { originFlagLabel, originLine } from './origin-note.js';

// A claim short enough to fit in a fraction of a page is never split across pages. A long one
// (many evidence items, a long rationale) would leave a large gap if pushed whole to the next
// page, so it may break, but only between its parts: the verdict, quote and attribution stay
// together, and each of rationale, evidence and history stays whole.
const COMPACT_TEXT_LENGTH = 1200;
const COMPACT_EVIDENCE = 2;

export function claimHtml({ number, claim, document }: NumberedClaim, model: ReportModel): string {
  const color = claim.rating ? safeColor(claim.rating.color) : null;
  const style = color ? ` style="--v:${color};--v-ink:${inkOn(color)}"` : '';
  const context = claimContext(claim, document);
  const heading = claim.statement.trim() || `“${claim.quote}”`;
  const textLength = heading.length + context.before.length + context.quote.length + context.after.length + claim.rationaleText.length;
  const history = model.includeHistory ? claim.history : [];
  const compact = textLength <= COMPACT_TEXT_LENGTH && claim.evidence.length <= COMPACT_EVIDENCE && history.length <= 3;

  const top: string[] = [
    `<header class="claim-head"><span class="claim-no">Claim ${number}</span> ${verdictBadge(claim.rating)} `,
    originFlagHtml(claim),
    `<span class="status ${claim.status.replace(/_/gu, '-')}">${escapeHtml(STATUS_LABELS[claim.status])}</span>`,
    claim.assignee ? ` <span class="assignee">Reviewer: <bdi>${escapeHtml(claim.assignee)}</bdi></span>` : '',
    '</header>',
    `<h3 class="statement" dir="auto">${escapeHtml(heading)}</h3>`,
    `<blockquote class="in-context"${dirAttr(document?.direction)}${langAttr(document?.language)}>`,
    `<span class="before">${escapeHtml(context.before)}</span><mark>${escapeHtml(context.quote)}</mark><span class="after">${escapeHtml(context.after)}</span>`,
    document ? contextSourceHtml(document) : '',
    '</blockquote>',
  ];
  if (!context.located) {
    top.push(
      '<p class="orphan-note">This quote could not be found in the current text of the document; it is shown with the words stored around it.</p>',
    );
  }
  top.push(revisionNotesHtml(claim));
  top.push(factsHtml(claim, document));

  const parts = [
    `<article class="claim${compact ? ' compact' : ''}" id="claim-${escapeHtml(claim.id)}" data-claim-id="${escapeHtml(claim.id)}"${style}>`,
    `<div class="claim-top">${top.join('')}</div>`,
    claimPart('rationale', 'Rationale', `<div class="rationale">${rationaleHtml(claim.rationaleJson, claim.rationaleText)}</div>`),
  ];
  if (claim.evidence.length > 0) parts.push(claimPart('evidence', 'Evidence', evidenceListHtml(claim.evidence)));
  if (history.length > 0) parts.push(claimPart('history', 'History', historyHtml(history, model.scale)));
  parts.push('</article>');
  return parts.join('');
}

function claimPart(name: string, heading: string, body: string): string {
  return `<section class="claim-part ${name}-part"><h4>${escapeHtml(heading)}</h4>${body}</section>`;
}

/** Where the quote comes from, in the report's language, with the title isolated for bidi. */
function contextSourceHtml(document: ReportDocument): string {
  const rest = joinDot([document.outlet, documentDate(document)]);
  return `<cite class="context-source" dir="ltr"><bdi>${escapeHtml(document.title)}</bdi>${rest ? ` · ${escapeHtml(rest)}` : ''}</cite>`;
}

export function verdictBadge(rating: Rating | null): string {
  if (!rating) return `<span class="verdict unrated">${escapeHtml(UNRATED_LABEL)}</span>`;
  const color = safeColor(rating.color);
  return `<span class="verdict" data-verdict="${escapeHtml(rating.key)}" style="--v:${color};--v-ink:${inkOn(color)}">${escapeHtml(rating.label)}</span>`;
}

/** Beside the verdict: the claim rests on one source however many documents carry it. */
function originFlagHtml(claim: ReportClaim): string {
  const flag = originFlagLabel(claim.origins);
  return flag ? `<span class="origin-flag">${escapeHtml(flag)}</span> ` : '';
}

function factsHtml(claim: ReportClaim, document: ReportDocument | undefined): string {
  const rows: string[] = [];
  rows.push(
    `<dt>Claimant</dt><dd>${claim.claimant.trim() ? `<bdi>${escapeHtml(claim.claimant)}</bdi>` : '<span class="empty-note">Not recorded</span>'}</dd>`,
  );
  rows.push(`<dt>Attribution</dt><dd>${chainHtml(claim, document)}</dd>`);
  const origins = originLine(claim.origins);
  if (origins) rows.push(`<dt>Origins</dt><dd class="origins">${escapeHtml(origins)}</dd>`);
  if (claim.fromComment) {
    rows.push(`<dt>Provenance</dt><dd class="from-comment"><bdi>${escapeHtml(commentProvenanceLabel(claim.fromComment))}</bdi></dd>`);
  }
  if (claim.tags.length > 0) {
    rows.push(`<dt>Tags</dt><dd class="tags">${claim.tags.map((t) => `<bdi>${escapeHtml(t)}</bdi>`).join(', ')}</dd>`);
  }
  if (claim.appearances.length > 0) {
    const items = claim.appearances.map((a) => {
      const url = a.documentUrl ? `<br><span class="url">${escapeHtml(a.documentUrl)}</span>` : '';
      return `<li><bdi>${escapeHtml(a.documentTitle)}</bdi>${a.publishedAt ? ` · ${escapeHtml(formatDate(a.publishedAt))}` : ''}${url}</li>`;
    });
    rows.push(`<dt>Also in</dt><dd><ul class="appearances">${items.join('')}</ul></dd>`);
  }
  return `<dl class="facts">${rows.join('')}</dl>`;
}

function chainHtml(claim: ReportClaim, document: ReportDocument | undefined): string {
  const steps = chainSteps(claim, document).map((step) => {
    const kind = step.hopKind ? ` <span class="hop-kind">${escapeHtml(HOP_KIND_AFTER_SOURCE[step.hopKind])}</span>` : '';
    const note = stanceNote(step.stance);
    const stance = note ? ` <span class="hop-stance">${escapeHtml(note)}</span>` : '';
    const flag = step.flagged ? '<span class="flag">unnamed</span>' : '';
    const cls = step.role === 'document' ? 'step document' : step.flagged ? 'step flagged' : 'step';
    return `<span class="${cls}"><bdi>${escapeHtml(step.name)}</bdi>${kind}${stance}${flag}</span>`;
  });
  const note = chainFlagNote(chainFlagOf(claim));
  return (
    `<span class="chain">${steps.join('<span class="arrow" aria-hidden="true"> → </span>')}</span>` +
    (note ? `<span class="chain-note">${escapeHtml(note)}</span>` : '')
  );
}

function rationaleHtml(json: string | null | undefined, text: string): string {
  const formatted = renderLexicalHtml(json);
  if (formatted) return formatted;
  const plain = paragraphsHtml(text);
  return plain || '<p class="none">No rationale recorded.</p>';
}
