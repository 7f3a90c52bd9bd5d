import { MAX_HTML_DEPTH } from './limits.js';

// Elements whose content is never article text; dropped with everything inside them. Scripts never
// run anyway (the page is parsed without a script engine) — dropping them keeps hostile or huge
// pages small before parsing.
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'applet',
  'noscript',
  'noembed',
  'noframes',
  'textarea',
  'select',
  'canvas',
  'audio',
  'video',
  'xmp',
  'plaintext',
]);
// Dropped on their own: they would only point at remote resources or change URL resolution.
const DROPPED_TAGS = new Set(['base', 'embed', 'param', 'source', 'track', 'portal']);
const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'link', 'meta', 'wbr', 'keygen', 'image']);
// Opening one of these implicitly closes an open element of the same name (<p>…<p>, <li>…<li>).
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

/**
 * Reduces HTML to what can hold article text, before any parser sees it, in one linear pass:
 * comments, scripts (except JSON-LD metadata), styles, embedded media and frames are removed,
 * and tags nested deeper than MAX_HTML_DEPTH are dropped while their text is kept. Readability
 * takes time that grows steeply with nesting depth (42 s for 2,000 levels) and recurses into the
 * tree, overflowing the stack near 8,000 levels, so depth has to be bounded before parsing.
 */
export function preflightHtml(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  const open: string[] = [];
  let dropped = 0;
  let textStart = 0;
  let i = 0;
  const flushText = (end: number): void => {
    if (end > textStart) out.push(html.slice(textStart, end));
  };

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const end = html.indexOf('-->', lt + 4);
      i = textStart = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    const closing = next === 0x2f; // '/'
    const nameStart = closing ? lt + 2 : lt + 1;
    const name = tagName(lower, nameStart);
    if (name === '') {
      if (next === 0x21 || next === 0x3f) {
        // <!doctype …> and <?xml …?>: kept as they are.
        const end = html.indexOf('>', lt);
        i = end === -1 ? html.length : end + 1;
      } else {
        i = lt + 1;
      }
      continue;
    }
    const tagEnd = endOfTag(html, nameStart + name.length);
    flushText(lt);
    const tag = html.slice(lt, tagEnd);
    i = textStart = tagEnd;

    if (closing) {
      if (dropped > 0) dropped--;
      else {
        const at = open.lastIndexOf(name);
        if (at !== -1) {
          open.length = at;
          out.push(tag);
        }
      }
      continue;
    }
    if (name === 'title') {
      // The title's content is text, whatever it looks like ("<svg> icons" in a title is words).
      const close = lower.indexOf('</title', tagEnd);
      const contentEnd = close === -1 ? tagEnd : close;
      out.push(tag, html.slice(tagEnd, contentEnd).replace(/</gu, '&lt;'), '</title>');
      i = textStart = close === -1 ? tagEnd : endOfTag(html, close + 7);
      continue;
    }
    if (DROPPED_WITH_CONTENT.has(name) && !(name === 'script' && /type\s*=\s*["']?application\/ld\+json/i.test(tag))) {
      const close = lower.indexOf(`</${name}`, tagEnd);
      i = textStart = close === -1 ? resumeAfterUnclosed(lower, name, tagEnd) : endOfTag(html, close + 2 + name.length);
      continue;
    }
    if (DROPPED_TAGS.has(name)) continue;
    if (VOID.has(name) || name === 'script') {
      out.push(tag);
      if (name === 'script') {
        // JSON-LD: its content is data, copied up to the closing tag untouched.
        const close = lower.indexOf('</script', tagEnd);
        const contentEnd = close === -1 ? html.length : close;
        out.push(html.slice(tagEnd, contentEnd), '</script>');
        i = textStart = close === -1 ? html.length : endOfTag(html, close + 8);
      }
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && open[open.length - 1] === name) open.pop();
    if (open.length >= MAX_HTML_DEPTH) {
      dropped++;
      continue;
    }
    open.push(name);
    out.push(tag);
  }
  flushText(html.length);
  return out.join('');
}

// HTML start tags that end SVG or MathML content in a browser: the page goes on as HTML there.
const BREAKS_OUT_OF_FOREIGN_CONTENT =
  /<(?:b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|embed|h[1-6]|head|hr|i|img|li|listing|menu|meta|nobr|ol|p|pre|ruby|s|small|span|strong|strike|sub|sup|table|tt|u|ul|var)[\s/>]/gu;

/**
 * Where the page resumes after an element that is never closed. A browser leaves an unclosed
 * <svg> or <math> at the next ordinary HTML tag (a paragraph, a heading) and shows the article
 * from there; an unclosed <textarea> or <select> is taken for a broken form, dropped alone. Only
 * the elements whose whole rest would be raw text (a script, a style) drop the rest of the page.
 */
function resumeAfterUnclosed(lower: string, name: string, from: number): number {
  if (name === 'svg' || name === 'math') {
    BREAKS_OUT_OF_FOREIGN_CONTENT.lastIndex = from;
    const breakout = BREAKS_OUT_OF_FOREIGN_CONTENT.exec(lower);
    return breakout ? breakout.index : lower.length;
  }
  if (
    name === 'textarea' ||
    name === 'select' ||
    name === 'canvas' ||
    name === 'audio' ||
    name === 'video' ||
    name === 'object' ||
    name === 'template'
  )
    return from;
  return lower.length;
}

function tagName(lower: string, start: number): string {
  let end = start;
  const first = lower.charCodeAt(end);
  if (!(first >= 0x61 && first <= 0x7a)) return '';
  while (end < lower.length) {
    const c = lower.charCodeAt(end);
    const isNameChar = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a || c === 0x5f;
    if (!isNameChar) break;
    end++;
  }
  return lower.slice(start, end);
}

/** Index just past the '>' that ends the tag, honouring quoted attribute values. */
function endOfTag(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) {
        quote = 0;
        afterEquals = false;
      }
      continue;
    }
    if (c === 0x3e) return i + 1;
    // A quote opens a value only right after '='; elsewhere it is an ordinary character.
    if ((c === 0x22 || c === 0x27) && afterEquals) quote = c;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) afterEquals = c === 0x3d;
  }
  return html.length;
}
