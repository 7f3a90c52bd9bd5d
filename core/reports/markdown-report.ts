// The report as CommonMark (with GFM tables) for pasting into a CMS: the same order, numbers and
// wording as the HTML report, every piece of user text escaped.
import type { Evidence } from '../domain.js';
import { formatFileSize } from '../text/file-size.js';
import { HOP_KIND_AFTER_SOURCE } from '../vocabulary/hop-kinds.js';
import { SOURCE_KIND_LABELS } from '../vocabulary/source-kinds.js';
import { EVIDENCE_STANCE_LABELS } from '../vocabulary/stances.js';
import { stanceNote } from '../vocabulary/stances.js';
import { STATUS_LABELS } from '../vocabulary/status-labels.js';
import { CHAIN_SEPARATOR, chainFlagNote, chainFlagOf, chainSteps } from './chain.js';
import { claimsByDocument, type NumberedClaim } from './claim-order.js';
import { claimContext } from './context-sentence.js';
import { documentDate, formatDate, formatDateTime } from './dates.js';
import { safeHttpUrl } from './html-escape.js';
import { commentProvenanceLabel, SCOPE_LABELS, UNRATED_LABEL } from './labels.js';
import { markdownAutolink, markdownCell, markdownInline, markdownParagraphs, markdownProse } from './markdown-escape.js';
import { revisionNotesMarkdown } from './markdown-revisions.js';
import type { ReportClaim, ReportDocument, ReportModel } from './model.js';
import { originFlagLabel, originLine } from './origin-note.js';
import { recentHistory } from './recent-history.js';
import { claimCounter, type RenderOptions } from './render-progress.js';
import { claimCountsBySource, statusCounts, verdictCounts } from './summary.js';
import { wikidataItem, wikidataItemUrl } from './wikidata.js';

export function renderMarkdown(model: ReportModel, options: RenderOptions = {}): string {
  const rendered = claimCounter(options.onProgress);
  const blocks: string[] = [];
  blocks.push(`# ${markdownInline(model.title)}`);
  const organization = model.organization.name.trim();
  const byline = [
    organization ? `**${markdownInline(organization)}**` : null,
    'Verification report',
    markdownInline(formatDate(model.generatedAt)),
  ].filter(Boolean);
  const scope = `Scope: ${SCOPE_LABELS[model.scope.kind]}: ${markdownInline(model.scope.label)}`;
  const reviewer = model.reviewer?.trim() ? `Reviewer: ${markdownInline(model.reviewer.trim())}` : null;
  blocks.push([byline.join(' · '), [scope, reviewer].filter(Boolean).join(' · ')].join('  \n'));

  blocks.push('## Summary', ...summaryBlocks(model));
  blocks.push('## Claims');
  const groups = claimsByDocument(model);
  if (groups.length === 0) blocks.push('*This report contains no claims.*');
  for (const group of groups) {
    const doc = group.document;
    blocks.push(`### ${markdownInline(doc?.title.trim() || 'Unknown document')}`);
    const byline = doc ? [doc.outlet, doc.author ? `By ${doc.author}` : null, documentDate(doc) || null] : [];
    const docLine = byline
      .filter((p): p is string => Boolean(p && p.trim()))
      .map(markdownInline)
      .join(' · ');
    const url = doc?.url ? linkOrText(doc.url, doc.url) : '';
    if (docLine || url) blocks.push([docLine, url].filter(Boolean).join('  \n'));
    for (const numbered of group.claims) {
      blocks.push(...claimBlocks(numbered, model));
      rendered();
    }
  }
  blocks.push('## Sources', ...sourceBlocks(model));
  return `${blocks.join('\n\n')}\n`;
}

function summaryBlocks(model: ReportModel): string[] {
  const total = model.claims.length;
  const documents = new Set(model.claims.map((c) => c.documentId)).size || model.documents.length;
  const verdictRows = verdictCounts(model.claims, model.scale)
    .filter((v) => v.count > 0 || v.key !== 'unrated')
    .map((v) => `| ${markdownCell(v.label)} | ${v.count} | ${total > 0 ? Math.round((v.count / total) * 100) : 0}% |`);
  const statusRows = statusCounts(model.claims).map((s) => `| ${s.label} | ${s.count} |`);
  return [
    `${total} ${total === 1 ? 'claim' : 'claims'} from ${documents} ${documents === 1 ? 'document' : 'documents'}.`,
    ['| Verdict | Claims | Share |', '| --- | ---: | ---: |', ...verdictRows].join('\n'),
    ['| Status | Claims |', '| --- | ---: |', ...statusRows].join('\n'),
  ];
}

/** Beside the verdict: the claim rests on one source however many documents carry it. */
function originFlagMarkdown(claim: ReportClaim): string {
  const flag = originFlagLabel(claim.origins);
  return flag ? ` · **${flag}**` : '';
}

function claimBlocks({ number, claim, document }: NumberedClaim, model: ReportModel): string[] {
  const blocks: string[] = [];
  const heading = claim.statement.trim() || `“${claim.quote}”`;
  blocks.push(`#### ${number}. ${markdownProse(heading)}`);

  const context = claimContext(claim, document);
  const quoteLines = [`> ${markdownProse(context.before)}${emphasise(context.quote)}${markdownProse(context.after)}`];
  if (document) {
    const source = [document.title, document.outlet, documentDate(document) || null]
      .filter((p): p is string => Boolean(p && p.trim()))
      .map(markdownInline)
      .join(', ');
    quoteLines.push('>', `> — ${source}`);
  }
  blocks.push(quoteLines.join('\n'));
  if (!context.located) {
    blocks.push('*This quote could not be found in the current text of the document; it is shown with the words stored around it.*');
  }
  blocks.push(...revisionNotesMarkdown(claim));

  const facts = [
    `- **Verdict:** ${claim.rating ? markdownInline(claim.rating.label) : UNRATED_LABEL}${originFlagMarkdown(claim)}`,
    `- **Status:** ${STATUS_LABELS[claim.status]}`,
    ...(claim.assignee ? [`- **Reviewer:** ${markdownInline(claim.assignee)}`] : []),
    `- **Claimant:** ${claim.claimant.trim() ? markdownInline(claim.claimant) : '*not recorded*'}`,
    `- **Attribution:** ${chainMarkdown(claim, document)}`,
    ...(originLine(claim.origins) ? [`- **Origins:** ${markdownInline(originLine(claim.origins)!)}`] : []),
    ...(claim.fromComment ? [`- **Provenance:** ${markdownInline(commentProvenanceLabel(claim.fromComment))}`] : []),
  ];
  if (claim.tags.length > 0) facts.push(`- **Tags:** ${claim.tags.map(markdownInline).join(', ')}`);
  blocks.push(facts.join('\n'));

  blocks.push('**Rationale**');
  const rationale = markdownParagraphs(claim.rationaleText);
  blocks.push(...(rationale.length > 0 ? rationale : ['*No rationale recorded.*']));

  if (claim.evidence.length > 0) {
    blocks.push('**Evidence**', claim.evidence.map(evidenceLine).join('\n'));
  }
  if (model.includeHistory && claim.history.length > 0) {
    const { lines, omitted } = recentHistory(claim.history, model.scale);
    const items = lines.map((l) => `- ${markdownInline(formatDateTime(l.at))} — ${markdownInline(l.actor)}: ${markdownInline(l.sentence)}`);
    if (omitted > 0) items.unshift(`- *${omitted} earlier ${omitted === 1 ? 'change' : 'changes'} not shown*`);
    blocks.push('**History**', items.join('\n'));
  }
  return blocks;
}

function chainMarkdown(claim: ReportClaim, document: ReportDocument | undefined): string {
  const steps = chainSteps(claim, document).map((step) => {
    const notes = [step.hopKind ? HOP_KIND_AFTER_SOURCE[step.hopKind] : null, stanceNote(step.stance)].filter(Boolean);
    const kind = notes.length > 0 ? ` (${notes.join(', ')})` : '';
    const flag = step.flagged ? ' ⚠ *unnamed*' : '';
    return `${markdownInline(step.name)}${kind}${flag}`;
  });
  const note = chainFlagNote(chainFlagOf(claim));
  return steps.join(CHAIN_SEPARATOR) + (note ? ` — *${markdownInline(note)}*` : '');
}

function evidenceLine(item: Evidence): string {
  const parts: string[] = [`**${EVIDENCE_STANCE_LABELS[item.stance]}**`];
  const title = item.title.trim();
  const linked = item.kind === 'url' && item.url !== null && safeHttpUrl(item.url) !== null;
  if (linked && item.url) parts.push(linkOrText(title || item.url, item.url));
  else if (title) parts.push(markdownProse(title));
  if (item.passage) {
    parts.push(`passage from *${markdownInline(item.passage.documentTitle)}*: “${markdownProse(item.passage.quote)}”`);
  }
  if (item.file) {
    const meta = [formatFileSize(item.file.size), item.file.mediaType].filter(Boolean).map(markdownInline).join(', ');
    parts.push(`file ${markdownInline(item.file.name)}${meta ? ` (${meta})` : ''}`);
  }
  if (!linked && item.url) parts.push(linkOrText(item.url, item.url));
  if (item.note.trim()) parts.push(markdownProse(item.note));
  return `- ${parts.join(' — ')}`;
}

/**
 * A link when the URL is a web address; otherwise the URL as escaped text. A link whose text is the
 * address itself is an autolink, so the address reads in the Markdown exactly as it works.
 */
function linkOrText(text: string, url: string): string {
  const href = safeHttpUrl(url);
  if (!href) return markdownInline(url);
  if (text.trim() === url.trim() || text.trim() === href) return markdownAutolink(href) ?? markdownInline(url);
  // Pointy brackets let the destination hold parentheses and spaces; URL.href has no < or >.
  return `[${markdownInline(text)}](<${href}>)`;
}

/** The quote in bold, with surrounding spaces moved outside so the emphasis still applies. */
function emphasise(quote: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/u.exec(quote);
  const inner = match?.[2] ?? quote;
  if (!inner) return markdownInline(quote);
  return `${match?.[1] ? ' ' : ''}**${markdownInline(inner)}**${match?.[3] ? ' ' : ''}`;
}

function sourceBlocks(model: ReportModel): string[] {
  if (model.sources.length === 0) return ['*No sources are named in the attribution chains of these claims.*'];
  const counts = claimCountsBySource(model);
  const rows = [...model.sources]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (s) =>
        `| ${markdownCell(s.name)}${wikidataMarkdown(s.wikidataId)} | ${SOURCE_KIND_LABELS[s.kind]} | ${markdownCell(s.country ?? '–')} | ${s.stateAffiliated ? 'Yes' : 'No'} | ${markdownCell(s.aliases.map((a) => a.alias).join(', ') || '–')} | ${counts.get(s.id) ?? 0} |`,
    );
  return [
    ['| Source | Kind | Country | State-affiliated | Also known as | Claims |', '| --- | --- | --- | --- | --- | ---: |', ...rows].join(
      '\n',
    ),
  ];
}

/** " ([Wikidata Q40464](<https://www.wikidata.org/wiki/Q40464>))" after a source's name, or nothing without a well-formed item. */
function wikidataMarkdown(id: string | null): string {
  const item = wikidataItem(id);
  const href = wikidataItemUrl(item);
  return item && href ? ` ([Wikidata ${item}](<${href}>))` : '';
}
