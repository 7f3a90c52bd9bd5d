// A claim's evidence: what it shows (supports, refutes, context), what it is, and where to find it.
// Links are the only outside references the report makes, and only as plain anchors the reader
// chooses to follow: never loaded, never sending a referrer.
import type { Evidence } from '../domain.js';
import { formatFileSize } from '../text/file-size.js';
import { EVIDENCE_STANCE_LABELS } from '../vocabulary/stances.js';
import { formatDate } from './dates.js';
import { escapeHtml, safeHttpUrl } from './html-escape.js';

export function evidenceListHtml(evidence: Evidence[]): string {
  return `<ul class="evidence">${evidence.map(evidenceItemHtml).join('')}</ul>`;
}

function evidenceItemHtml(item: Evidence): string {
  const parts: string[] = [
    `<li class="evidence-item ev-${item.kind}" data-kind="${item.kind}" data-stance="${item.stance}">`,
    `<span class="stance ${item.stance}">${escapeHtml(EVIDENCE_STANCE_LABELS[item.stance])}</span> `,
  ];
  const title = item.title.trim() || (item.kind === 'file' ? (item.file?.name ?? '') : '');
  if (title) parts.push(`<span class="ev-title" dir="auto">${escapeHtml(title)}</span>`);
  if (item.passage) {
    const from = `Passage from <cite><bdi>${escapeHtml(item.passage.documentTitle)}</bdi></cite>`;
    parts.push(
      title ? `<span class="ev-meta">${from}</span>` : `<span class="ev-title">${from}</span>`,
      `<blockquote class="passage" dir="auto">${escapeHtml(item.passage.quote)}</blockquote>`,
    );
  }
  if (item.file) {
    const fileMeta = [item.file.name, formatFileSize(item.file.size), item.file.mediaType, `SHA-256 ${item.file.sha256.slice(0, 12)}…`]
      .filter(Boolean)
      .map(escapeHtml)
      .join(' · ');
    parts.push(`<span class="ev-meta file-meta">${fileMeta}</span>`);
  }
  if (item.url) parts.push(`<span class="ev-meta">${linkHtml(item.url)}${accessed(item.accessedAt)}</span>`);
  if (item.note.trim()) parts.push(`<span class="ev-note" dir="auto">${escapeHtml(item.note)}</span>`);
  parts.push('</li>');
  return parts.join('');
}

/** The URL as visible text, and a link to it when it is a web address. */
function linkHtml(url: string): string {
  const href = safeHttpUrl(url);
  if (!href) return `<span class="url">${escapeHtml(url)}</span>`;
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`;
}

function accessed(at: string | null): string {
  return at ? ` · accessed ${escapeHtml(formatDate(at))}` : '';
}
