import { type AliasIndex, aliasKey } from './alias-index.js';
import type { RegistrySource } from './types.js';

export interface UrlSpan {
  start: number;
  end: number;
  text: string;
}

export interface OutletLink extends UrlSpan {
  source: RegistrySource;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"“”«»]+/giu;

/** Every URL in the text, without the sentence punctuation that follows it. */
export function findUrls(text: string): UrlSpan[] {
  const urls: UrlSpan[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0].replace(/[.,;:!?)\]'’]+$/u, '');
    urls.push({ start: match.index, end: match.index + raw.length, text: raw });
  }
  return urls;
}

/** URLs whose host is a registry outlet's domain or one of its subdomains. */
export function findOutletLinks(urls: readonly UrlSpan[], index: AliasIndex): OutletLink[] {
  const links: OutletLink[] = [];
  for (const url of urls) {
    const host = url.text
      .replace(/^https?:\/\//iu, '')
      .split(/[/?#:]/u)[0]
      ?.toLowerCase()
      .replace(/^www\./u, '');
    if (!host) continue;
    const labels = host.split('.');
    for (let i = 0; i < labels.length - 1; i += 1) {
      const entry = index.byKey.get(aliasKey(labels.slice(i).join('.')));
      if (entry && entry.kind === 'domain') {
        links.push({ ...url, source: entry.source });
        break;
      }
    }
  }
  return links;
}
