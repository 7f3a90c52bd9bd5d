// Small HTML building blocks shared by the report sections. Every function escapes its input.
import { escapeHtml } from './html-escape.js';

/** Plain text as paragraphs: blank lines separate paragraphs, single line breaks are kept. */
export function paragraphsHtml(text: string, className?: string): string {
  const cls = className ? ` class="${className}"` : '';
  return text
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p dir="auto"${cls}>${escapeHtml(p).replace(/\n/gu, '<br>')}</p>`)
    .join('');
}

/** A lang attribute for a stored language tag, or nothing when the tag does not look like one. */
export function langAttr(language: string | null | undefined): string {
  return language && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/iu.test(language) ? ` lang="${escapeHtml(language)}"` : '';
}

export function dirAttr(direction: 'ltr' | 'rtl' | null | undefined): string {
  return direction === 'rtl' ? ' dir="rtl"' : ' dir="ltr"';
}

/** Joins the non-empty parts with a middle dot, as bylines do. */
export function joinDot(parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => Boolean(p && p.trim())).join(' · ');
}
