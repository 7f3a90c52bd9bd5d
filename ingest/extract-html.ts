import { canonicalUrl } from '../core/metadata/source-url.js';
import type { MetadataHints } from '../core/metadata/types.js';
import { formatFileSize } from '../core/text/file-size.js';
import { normaliseText } from '../core/text/normalise.js';
import { domToText } from './dom-to-text.js';
import type { Extracted } from './extracted.js';
import { decodeHtml } from './html-charset.js';
import { loadHtmlParser } from './html-document.js';
import { preflightHtml } from './html-preflight.js';
import { IngestError } from './ingest-error.js';
import { MAX_HTML_MARKUP_CHARS, MAX_READABILITY_MARKUP_CHARS } from './limits.js';

/**
 * An HTML page as article text. The markup is reduced first (scripts, styles, media and excess
 * nesting removed), then parsed by parse5 into a linkedom document (see html-document.ts): a
 * standard HTML tree, built without a browser engine, so nothing on the page can run or load.
 * Readability picks the article and its metadata, and the article is turned into text. When
 * Readability finds nothing, or the page is too big for it to finish quickly, the body text is used.
 *
 * Why this is safe without a sanitiser: the page's markup is never rendered, serialised or kept —
 * only text is. Readability hands back its article as an element (not as HTML to parse again), and
 * domToText reads nothing from it but the characters of its text nodes, skipping scripts, styles,
 * templates, frames, media and form controls; attributes (handlers, URLs, styles) are never read.
 * What leaves here is plain text, which the app stores and shows as text, as it does a .txt file's;
 * markup in that text is characters, never markup. (DOMPurify cleaned Readability's HTML before;
 * it needs a browser-like DOM that linkedom is not, and with no HTML left to clean it has nothing
 * to add. On every page measured, the text is identical to what jsdom and DOMPurify gave.)
 */
export async function extractHtml(bytes: Uint8Array, name: string): Promise<Extracted> {
  return extractHtmlText(decodeHtml(bytes, name), name);
}

/** The same for a page already decoded to text, such as the one inside an MHTML archive. */
export async function extractHtmlText(html: string, name: string): Promise<Extracted> {
  const markup = preflightHtml(html);
  if (markup.length > MAX_HTML_MARKUP_CHARS) {
    throw new IngestError(
      'too_large',
      `${name} has too much markup to read safely (${formatFileSize(markup.length)} after removing scripts and styles; the limit is ${formatFileSize(MAX_HTML_MARKUP_CHARS)}).`,
    );
  }
  const [parseHtmlDocument, readabilityModule] = await Promise.all([loadHtmlParser(), import('@mozilla/readability')]);
  const document = parseHtmlDocument(markup);
  const page = pageHints(document);
  const heading = firstHeading(document);
  let text = '';
  let hints = page;
  let readabilityRan = false;

  if (markup.length <= MAX_READABILITY_MARKUP_CHARS) {
    // A CommonJS module: its exports sit on the namespace or, in some loaders, on its default.
    const Readability = readabilityModule.Readability ?? readabilityModule.default.Readability;
    // The article comes back as the element Readability built, read as text, not as HTML.
    const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    readabilityRan = true;
    if (article?.content) {
      text = normaliseText(domToText(article.content));
      hints = {
        ...page,
        ...definedStrings({
          title: article.title,
          byline: article.byline,
          siteName: article.siteName,
          publishedTime: article.publishedTime,
          lang: article.lang,
        }),
      };
    }
  }
  if (text === '') {
    // Readability changes the document it reads, so the body is then taken from a fresh parse.
    const body = (readabilityRan ? parseHtmlDocument(markup) : document).body;
    if (body) text = normaliseText(domToText(body));
  }
  if (text === '') throw new IngestError('no_text', `${name} contains no readable text.`);
  const title = headlineOf(hints.title, hints.siteName, heading);
  if (title) hints = { ...hints, title };
  return { text: withHeadline(text, title), hints, format: 'html' };
}

/** Metadata the page declares in its head, read from attributes only. */
function pageHints(document: Document): MetadataHints {
  const meta = (selector: string): string | undefined => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? meta('meta[property="og:url" i]');
  return definedStrings({
    title: meta('meta[property="og:title" i]') ?? (document.title.trim() || undefined),
    siteName: meta('meta[property="og:site_name" i]'),
    byline: meta('meta[name="author" i]'),
    publishedTime:
      meta('meta[property="article:published_time" i]') ?? meta('meta[itemprop="datePublished" i]') ?? meta('meta[name="date" i]'),
    lang: document.documentElement.getAttribute('lang')?.trim() || undefined,
    url: canonical ? (canonicalUrl(canonical) ?? undefined) : undefined,
  });
}

function definedStrings(values: Partial<Record<keyof MetadataHints, string | null | undefined>>): MetadataHints {
  const hints: MetadataHints = {};
  for (const [key, value] of Object.entries(values) as [keyof MetadataHints, string | null | undefined][]) {
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (clean) hints[key] = clean;
  }
  return hints;
}

function firstHeading(document: Document): string | null {
  const heading = document.querySelector('article h1, main h1, h1');
  return heading?.textContent?.replace(/\s+/g, ' ').trim() || null;
}

/**
 * The article's headline. Page titles often carry the site name ("Rebels reject plan | Levant
 * Courier"), which is cut off; the page's h1 is preferred when it says the same thing at greater
 * length, because titles are frequently shortened versions of the printed headline.
 */
function headlineOf(title: string | undefined, siteName: string | undefined, heading: string | null): string | undefined {
  const clean = title ? withoutSiteName(title, siteName) : undefined;
  if (heading && clean) {
    const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const headingWords = new Set(words(heading));
    const titleWords = words(clean);
    const shared = titleWords.filter((word) => headingWords.has(word)).length;
    if (titleWords.length > 0 && shared / titleWords.length >= 0.8 && heading.length >= clean.length) return heading;
  }
  return clean ?? heading ?? undefined;
}

function withoutSiteName(title: string, siteName: string | undefined): string {
  const site = siteName?.toLowerCase();
  const wordCount = (text: string): number => text.split(/\s+/).length;
  const trailing = /^(.*\S)\s+[|–—·•»-]\s+([^|–—·•»]+)$/.exec(title);
  if (trailing) {
    const rest = trailing[1]!;
    const last = trailing[2]!;
    if (last.toLowerCase() === site) return rest;
    // Without a declared site name, a short last part after "|" or a dash is taken for the site.
    if (site === undefined && wordCount(last) <= 3 && wordCount(rest) >= 3) return rest;
  }
  const leading = /^([^|–—·•»]+?)\s+[|–—·•»-]\s+(.*\S)$/.exec(title);
  if (leading && site !== undefined && leading[1]!.toLowerCase() === site) return leading[2]!;
  return title;
}

/**
 * Readability drops the headline from the article body; it is put back as the first paragraph so
 * the stored text reads like the article and claims in the headline can be marked.
 */
function withHeadline(text: string, title: string | undefined): string {
  if (!title) return text;
  const headline = normaliseText(title);
  if (headline === '' || text.slice(0, 1000).toLowerCase().includes(headline.toLowerCase())) return text;
  return `${headline}\n\n${text}`;
}
