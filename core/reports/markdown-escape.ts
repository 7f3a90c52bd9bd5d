// User text pasted into a CMS as Markdown must read as text: a statement starting "1." must not
// become a list, a claimant "*Anonymous*" must not turn italic, a comment "<script>" must not
// become HTML. CommonMark lets any ASCII punctuation be backslash-escaped, so escaping too much is
// harmless while escaping too little changes what the reader sees.
//
// Web addresses are the exception: a backslash inside an address is part of the address, so
// "…/wiki/Idlib\_Governorate" would be a broken link. Addresses in prose become autolinks
// (<https://…>), inside which CommonMark applies no escapes, written as the URL standard normalises
// them (percent-encoded, so they hold no space, < or >).
import { safeHttpUrl } from './html-escape.js';

// Characters that start inline syntax anywhere in a line (links, emphasis, code, HTML, tables,
// strikethrough), and `#`, which ends a heading when it trails one. `&` is handled separately
// because only entity-like runs matter.
const INLINE_SPECIALS = /[\\`*_[\]<>|~#]/gu;
// Markers that only mean something at the start of a line: headings, quotes, list bullets,
// ordered-list numbers and setext underlines.
const LINE_START = /^(\s*)(?:([#>+\-=])|(\d{1,9})([.)]))/u;

/**
 * One line of user text: line breaks become spaces. For headings, list items, table cells and
 * pieces of a line; surrounding spaces are kept so pieces can be joined.
 */
export function markdownInline(text: string): string {
  return escapeText(text.replace(/\s*[\r\n]+\s*/gu, ' '));
}

/** User text that may span lines: paragraphs stay paragraphs, line breaks become hard breaks. */
export function markdownParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) =>
      p
        .split(/\r?\n/u)
        // Leading spaces are dropped: four of them would turn the line into a code block.
        .map((line) => escapeLinked(line.trim()))
        .join('  \n'),
    );
}

/**
 * One line of prose (a statement, a quote's context, an evidence note): escaped as markdownInline,
 * with every bare web address in it made a working link. Not for link text or table cells, where a
 * link must not nest or a pipe in an address would split the cell.
 */
export function markdownProse(text: string): string {
  return escapeLinked(text.replace(/\s*[\r\n]+\s*/gu, ' '));
}

/** A web address as a CommonMark autolink, or null when it is not an http(s) address. */
export function markdownAutolink(url: string): string | null {
  const href = safeHttpUrl(url);
  return href && !/[\s<>]/u.test(href) ? `<${href}>` : null;
}

/** Text for a table cell: inline, with pipes escaped (the inline escape already covers them). */
export function markdownCell(text: string): string {
  return markdownInline(text).trim() || ' ';
}

// Line-start markers are escaped wherever the text begins, which is harmless mid-line and
// necessary when the text does start a line or follows a list marker ("- 1. …").
function escapeText(text: string): string {
  return escapeLineStart(escapeInline(text));
}

function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIALS, (ch) => `\\${ch}`).replace(/&(?=#?[a-z0-9]+;)/giu, '\\&');
}

function escapeLineStart(text: string): string {
  return text.replace(LINE_START, (_all, space: string, marker?: string, digits?: string, delimiter?: string) =>
    marker ? `${space}\\${marker}` : `${space}${digits ?? ''}\\${delimiter ?? ''}`,
  );
}

// An address runs to the next space, angle bracket or quotation mark; what trails it is left to
// the sentence (see trimAddress).
const BARE_URL = /https?:\/\/[^\s<>"“”‘’«»]+/giu;
const TRAILING_PUNCTUATION = /[.,:;!?*_~'’]+$/u;

function escapeLinked(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const address = trimAddress(match[0]);
    const link = markdownAutolink(address);
    if (!link) continue;
    out += escapeInline(text.slice(last, match.index)) + link;
    last = match.index + address.length;
  }
  return escapeLineStart(out + escapeInline(text.slice(last)));
}

/**
 * The address without the punctuation of the sentence around it, as GitHub's autolinks read it: a
 * full stop or comma after an address ends the sentence, and a closing bracket belongs to the
 * address only when the address opened one ("…/wiki/Idlib_(city)" keeps its bracket).
 */
function trimAddress(address: string): string {
  let trimmed = address;
  for (;;) {
    const before = trimmed;
    trimmed = trimmed.replace(TRAILING_PUNCTUATION, '');
    for (const [open, close] of [
      ['(', ')'],
      ['[', ']'],
    ] as const) {
      if (trimmed.endsWith(close) && count(trimmed, close) > count(trimmed, open)) trimmed = trimmed.slice(0, -1);
    }
    if (trimmed === before) return trimmed;
  }
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}
