import type { Quotation } from '../text/sentences.js';
import type { SourceMention } from './alias-index.js';

export type TokenKind = 'word' | 'mention' | 'quote' | 'url' | 'punct';

/**
 * A sentence is analysed as a token stream in which every registry mention, quotation and URL is
 * a single opaque token. That is what keeps a mention inside a quotation from ever becoming a
 * speaker, and what lets "AFPquoted" read as a mention followed by a verb.
 */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text without a possessive ending, for lexicon look-ups. */
  lower: string;
  possessive: boolean;
  mention?: SourceMention;
  quotation?: Quotation;
}

export interface OpaqueSpans {
  mentions: readonly SourceMention[];
  quotations: readonly Quotation[];
  urls: readonly { start: number; end: number }[];
}

// Titles whose period belongs to the word, so "Gov. Oleh Pavlenko" is one noun phrase.
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'brig',
  'cmdr', 'gov', 'sen', 'rep', 'pres', 'rev', 'amb', 'st', 'sheikh',
]);

const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/uy;
const DOTTED = /(?:\p{L}\.){2,}/uy;
const POSSESSIVE_AFTER_MENTION = /['’]s?(?![\p{L}\p{N}])/uy;

export function tokenize(text: string, start: number, end: number, spans: OpaqueSpans): Token[] {
  const opaque = new Map<number, Token>();
  for (const q of spans.quotations) {
    if (q.start >= start && q.end <= end) {
      opaque.set(q.start, makeToken('quote', text, q.start, q.end, { quotation: q }));
    }
  }
  for (const u of spans.urls) {
    if (u.start >= start && u.end <= end && !opaque.has(u.start)) {
      opaque.set(u.start, makeToken('url', text, u.start, u.end, {}));
    }
  }
  for (const m of spans.mentions) {
    if (m.start >= start && m.end <= end && !opaque.has(m.start)) {
      opaque.set(m.start, makeToken('mention', text, m.start, m.end, { mention: m }));
    }
  }

  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const ch = text[i] as string;
    const special = opaque.get(i);
    if (special) {
      if (special.kind === 'mention') {
        POSSESSIVE_AFTER_MENTION.lastIndex = special.end;
        const poss = POSSESSIVE_AFTER_MENTION.exec(text);
        if (poss && special.end + poss[0].length <= end) {
          special.possessive = true;
          special.end += poss[0].length;
          special.text = text.slice(special.start, special.end);
        }
      }
      tokens.push(special);
      i = special.end;
      continue;
    }
    if (/\s/u.test(ch)) {
      i += 1;
      continue;
    }
    const wordEnd = matchAt(DOTTED, text, i) ?? matchAt(WORD, text, i);
    if (wordEnd !== null) {
      let stop = Math.min(wordEnd, nextOpaqueStart(opaque, i, end));
      if (stop <= i) stop = i + 1;
      const raw = text.slice(i, stop);
      if (text[stop] === '.' && TITLE_ABBREVIATIONS.has(raw.toLowerCase())) stop += 1;
      // Plural possessive: "HTS’ continued attempts".
      if (/[’']/u.test(text[stop] ?? '') && /[\s,]/u.test(text[stop + 1] ?? ' ')) stop += 1;
      tokens.push(makeToken('word', text, i, stop, {}));
      i = stop;
      continue;
    }
    tokens.push(makeToken('punct', text, i, i + 1, {}));
    i += 1;
  }
  return tokens;
}

function nextOpaqueStart(opaque: Map<number, Token>, from: number, end: number): number {
  let best = end;
  for (const key of opaque.keys()) if (key > from && key < best) best = key;
  return best;
}

function matchAt(pattern: RegExp, text: string, at: number): number | null {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m ? at + m[0].length : null;
}

function makeToken(
  kind: TokenKind,
  text: string,
  start: number,
  end: number,
  extra: Pick<Token, 'mention' | 'quotation'>,
): Token {
  const raw = text.slice(start, end);
  const possessive = kind === 'word' && /[’'](?:s)?$/u.test(raw) && raw.length > 2;
  const base = possessive ? raw.replace(/[’'](?:s)?$/u, '') : raw;
  return { kind, start, end, text: raw, lower: base.toLowerCase(), possessive, ...extra };
}

export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return !!token && token.kind === 'word' && words.includes(token.lower);
}

export function isPunct(token: Token | undefined, ...marks: string[]): boolean {
  return !!token && token.kind === 'punct' && marks.includes(token.text);
}

export function isCapitalized(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}
