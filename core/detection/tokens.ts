import type { PartOfSpeech, Tagging } from '../text/part-of-speech.js';
import type { Quotation } from '../text/sentences.js';
import type { SourceMention } from './alias-index.js';
import { spansStartingIn } from './sorted-spans.js';

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
  /** For words the tagger saw: part of speech and lemma of the word starting here. */
  pos?: PartOfSpeech;
  lemma?: string;
  mention?: SourceMention;
  quotation?: Quotation;
}

export interface OpaqueSpans {
  mentions: readonly SourceMention[];
  quotations: readonly Quotation[];
  urls: readonly { start: number; end: number }[];
  /** Parts of speech, for English text; without them words carry none. */
  tagging?: Tagging;
}

// Titles whose period belongs to the word, so "Gov. Oleh Pavlenko" is one noun phrase.
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'maj',
  'adm',
  'brig',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'pres',
  'rev',
  'amb',
  'st',
  'sheikh',
]);

const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/uy;
const DOTTED = /(?:\p{L}\.){2,}/uy;
const POSSESSIVE_AFTER_MENTION = /['’]s?(?![\p{L}\p{N}])/uy;

export function tokenize(text: string, start: number, end: number, spans: OpaqueSpans): Token[] {
  const opaque = opaqueTokens(text, start, end, spans);
  const tokens: Token[] = [];
  let next = 0; // index of the next opaque token at or after i
  let i = start;
  while (i < end) {
    while (next < opaque.length && (opaque[next] as Token).start < i) next += 1;
    const special = opaque[next];
    if (special && special.start === i) {
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
    const ch = text[i] as string;
    if (/\s/u.test(ch)) {
      i += 1;
      continue;
    }
    const wordEnd = matchAt(DOTTED, text, i) ?? matchAt(WORD, text, i);
    if (wordEnd !== null) {
      let stop = Math.min(wordEnd, special ? special.start : end);
      if (stop <= i) stop = i + 1;
      const raw = text.slice(i, stop);
      if (text[stop] === '.' && TITLE_ABBREVIATIONS.has(raw.toLowerCase())) stop += 1;
      // An initial inside a name: "Marc J. Victor".
      else if (text[stop] === '.' && /^\p{Lu}$/u.test(raw) && /^ \p{Lu}\p{Ll}/u.test(text.slice(stop + 1, stop + 4))) stop += 1;
      // Plural possessive: "HTS’ continued attempts".
      if (/[’']/u.test(text[stop] ?? '') && /[\s,]/u.test(text[stop + 1] ?? ' ')) stop += 1;
      const word = makeToken('word', text, i, stop, {});
      const tag = spans.tagging?.at(i);
      if (tag) {
        word.pos = tag.pos;
        word.lemma = tag.lemma;
      }
      tokens.push(word);
      i = stop;
      continue;
    }
    tokens.push(makeToken('punct', text, i, i + 1, {}));
    i += 1;
  }
  return tokens;
}

/** Quotations, URLs and mentions inside [start, end), earliest first; on overlap the earlier
 * (or, at the same start, the higher-priority) span wins. */
function opaqueTokens(text: string, start: number, end: number, spans: OpaqueSpans): Token[] {
  const candidates: Token[] = [];
  const inRange = (s: { start: number; end: number }): boolean => s.start >= start && s.end <= end;
  for (const q of spansStartingIn(spans.quotations, start, end)) {
    // A quotation that is only a name is the name: he told “Face the Nation.”
    if (inRange(q) && !isQuotedName(text, q, spans.mentions)) candidates.push(makeToken('quote', text, q.start, q.end, { quotation: q }));
  }
  for (const u of spansStartingIn(spans.urls, start, end)) {
    if (inRange(u)) candidates.push(makeToken('url', text, u.start, u.end, {}));
  }
  for (const m of spansStartingIn(spans.mentions, start, end)) {
    if (inRange(m)) candidates.push(makeToken('mention', text, m.start, m.end, { mention: m }));
  }
  const priority = { quote: 0, url: 1, mention: 2, word: 3, punct: 3 } as const;
  candidates.sort((a, b) => a.start - b.start || priority[a.kind] - priority[b.kind]);
  const chosen: Token[] = [];
  let coveredTo = -1;
  for (const c of candidates) {
    if (c.start < coveredTo) continue;
    chosen.push(c);
    coveredTo = c.end;
  }
  return chosen;
}

function isQuotedName(text: string, q: Quotation, mentions: readonly SourceMention[]): boolean {
  const [m] = spansStartingIn(mentions, q.innerStart, q.innerEnd);
  return !!m && m.start === q.innerStart && /^[\s.,]*$/u.test(text.slice(m.end, q.innerEnd));
}

function matchAt(pattern: RegExp, text: string, at: number): number | null {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m ? at + m[0].length : null;
}

function makeToken(kind: TokenKind, text: string, start: number, end: number, extra: Pick<Token, 'mention' | 'quotation'>): Token {
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
