import type { TextLine } from '../comments/text-lines.js';

const LABELLED =
  /^(?:url|source|link|original|original article|canonical|permalink|read more|source link|источник|quelle|fuente)\s*:\s*(https?:\/\/\S+)$/iu;
const BARE = /^<?(https?:\/\/\S+?)>?$/i;
const DOMAIN_LINE = /^(?:www\.)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,24})\/?$/i;
const MEDIA_FILE = /\.(jpe?g|png|gif|webp|svg|mp4|mp3|pdf)(\?.*)?$/i;

/** How many lines at the top and the end of the article are searched for the source URL. */
const HEAD_LINES = 40;
const TAIL_LINES = 10;

/**
 * The article's own address: the hint, else the first line that is a labelled URL
 * ("URL: …", "Source: …") or nothing but a URL, near the top or the end of the article. URLs
 * inside sentences are citations of other pages, not the article's address.
 */
export function detectSourceUrl(lines: TextLine[], hintedUrl: string | undefined): { url: string; origin: 'declared' | 'printed' } | null {
  const hinted = hintedUrl ? canonicalUrl(hintedUrl) : null;
  if (hinted) return { url: hinted, origin: 'declared' };
  const head = lines.slice(0, HEAD_LINES);
  const tail = lines.slice(Math.max(HEAD_LINES, lines.length - TAIL_LINES));
  for (const line of [...head, ...tail]) {
    const match = LABELLED.exec(line.text) ?? BARE.exec(line.text);
    const url = match ? canonicalUrl(match[1]!) : null;
    if (url) return { url, origin: 'printed' };
  }
  return null;
}

/** A parsed http(s) address with trailing sentence punctuation removed; null for anything else. */
export function canonicalUrl(candidate: string): string | null {
  const trimmed = candidate.trim().replace(/[)\]}>.,;:!?"'”’]+$/, '');
  if (MEDIA_FILE.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname.includes('.') || url.username || url.password) return null;
  return url.href;
}

/** A line that is only a domain name ("alwaght.net"), as saved pages often print under the logo. */
export function domainOfDomainLine(line: string): string | null {
  if (line.length > 100 || /\s/.test(line.trim())) return null;
  const match = DOMAIN_LINE.exec(line.trim());
  if (!match) return null;
  const domain = match[1]!.toLowerCase();
  // A file name such as "report.pdf" or a version such as "v1.2" is not a domain.
  return /\.(pdf|docx?|txt|html?|md|jpe?g|png|gif)$/i.test(domain) ? null : domain;
}

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}
