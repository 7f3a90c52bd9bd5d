import { isCueGerund, verbCue } from './cue-lexicon.js';
import type { Frame } from './frame.js';
import {
  ADVERBIAL_OPENERS,
  MEDIA_ROLE_NOUNS,
  NON_OUTLET_RECIPIENTS,
  TIME_NOUNS,
  TRAILING_CONJUNCTIONS,
  WEEKDAYS_AND_MONTHS,
} from './lexicon.js';
import { isPunct, isWord, type Token } from './tokens.js';

// Words that may sit between a cue and its that-clause or quotation: "said on Friday that",
// "told Agence France-Presse late Monday that", "said in a statement carried by SANA that".
const ADJUNCT_STARTERS = new Set([
  'on',
  'in',
  'at',
  'to',
  'during',
  'late',
  'early',
  'last',
  'this',
  'earlier',
  'later',
  'also',
  'separately',
  'publicly',
  'privately',
  'overnight',
  'yesterday',
  'today',
  'tonight',
  'again',
  'repeatedly',
  'by',
  'via',
  'through',
  'after',
  'before',
  'from',
  'with',
  'without',
  'while',
  'citing',
  'quoting',
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'that',
  'there',
  'reporters',
  'journalists',
  'lawmakers',
  'parliament',
  'legislators',
  'officials',
  'diplomats',
  'told',
  'informed',
  'further',
  'recently',
  'once',
  'more',
  'firmly',
  'flatly',
  'strongly',
  'categorically',
  'openly',
  'explicitly',
  'clearly',
  'confidently',
  'bluntly',
  'angrily',
]);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const PREPOSITION_STARTS = new Set([
  'on',
  'in',
  'at',
  'to',
  'during',
  'by',
  'via',
  'through',
  'after',
  'before',
  'from',
  'with',
  'without',
  'near',
  'inside',
  'outside',
  'while',
  'amid',
  'for',
]);
const CLAUSE_CONJUNCTIONS = ['as', 'while', 'and', 'but', 'although', 'though', 'after', 'when', 'because', 'whereas', 'amid'];

/** Finds each frame's claim: the quotation, the reported clause, or the enclosing sentence. */
export function assignClaims(text: string, tokens: Token[], frames: Frame[], sentenceEnd: number): void {
  const clauseStart = datelineEnd(tokens);
  for (const frame of frames) {
    const limit = trimToComma(tokens, claimLimit(tokens, frames, frame, tokens.length));
    const endOffset = (index: number): number => (index < tokens.length ? (tokens[index] as Token).start : sentenceEnd);

    const quote = quoteBefore(tokens, frame, clauseStart);
    if (quote && !frame.continues) {
      setClaim(text, frame, quote.innerStart, quote.innerEnd, 'quote', tokens);
      continue;
    }
    if (frame.citing) {
      claimForCitation(text, tokens, frame, clauseStart, limit, endOffset);
      continue;
    }
    const asClause = asClauseEnd(tokens, frame, clauseStart);
    if (asClause !== null) {
      setClaim(text, frame, (tokens[asClause] as Token).start, endOffset(tokens.length), 'after', tokens);
      continue;
    }
    const forward = forwardClaim(tokens, frame, limit);
    if (forward?.quote) {
      setClaim(text, frame, forward.quote.innerStart, forward.quote.innerEnd, 'quote', tokens);
      continue;
    }
    if (forward?.start !== undefined) {
      const end = stopBeforeOutlet(tokens, frame, forward.start, endOffset(urlLimit(tokens, forward.start, limit)));
      setClaim(text, frame, (tokens[forward.start] as Token).start, end, forward.viaThat ? 'after' : 'direct', tokens);
      continue;
    }
    if (frame.continues) continue;
    if (endsWithColon(tokens, frame) || introducesReport(tokens, frame)) {
      frame.claimInNextBlock = true;
      frame.claimPosition = 'next';
      continue;
    }
    const previous = tokens[frame.frameStart - 1];
    // "… had hit “energy facilities …,” Interfax reported": the comma is inside the quotation.
    if (previous?.kind === 'quote' && /,\s*$/u.test(text.slice(previous.start, previous.end - 1)) && !forward?.hasContent) {
      setClaim(text, frame, (tokens[clauseStart] as Token).start, previous.end, 'before', tokens);
      continue;
    }
    if (isPunct(previous, ',', '—', '–') && frame.frameStart - 1 > clauseStart) {
      if (forward?.hasContent) {
        setClaim(text, frame, (tokens[clauseStart] as Token).start, sentenceEnd, 'sentence', tokens);
      } else {
        setClaim(text, frame, (tokens[clauseStart] as Token).start, (previous as Token).start, 'before', tokens);
      }
    }
  }
}

/**
 * "As Politico pointed out in a 2016 article, <claim>": an attribution in an "as" clause opening
 * the sentence vouches for the main clause after its comma. Returns where that clause starts.
 */
function asClauseEnd(tokens: Token[], frame: Frame, clauseStart: number): number | null {
  const as = frame.frameStart - 1;
  if (!isWord(tokens[as], 'as') || as !== clauseStart) return null;
  for (let i = frame.cueIndex + 1; i < Math.min(tokens.length - 1, frame.cueIndex + 14); i += 1) {
    const t = tokens[i] as Token;
    if (t.kind === 'quote' || isPunct(t, '.', ';', ':') || isWord(t, 'that')) return null;
    if (isPunct(t, ',')) return i + 1;
  }
  return null;
}

/**
 * "Reuters reports on the caravan." as a sentence of its own: a blog's lead-in to the excerpt it
 * quotes next, the outlet's report being the next paragraph.
 */
function introducesReport(tokens: Token[], frame: Frame): boolean {
  if (frame.frameStart !== 0 || !frame.verb || !['report', 'write', 'cover'].includes(frame.verb.lemma)) return false;
  const outlet = frame.speaker.type === 'registry' || (frame.speaker.type === 'named' && frame.speaker.outlet === true);
  if (!outlet || !isWord(tokens[frame.afterIndex], 'on', 'about')) return false;
  const rest = tokens.slice(frame.afterIndex + 1);
  const last = rest[rest.length - 1];
  return (
    isPunct(last, '.') &&
    rest.length <= 8 &&
    !rest.some((t) => t.kind === 'quote' || t.pos === 'VERB' || t.pos === 'AUX' || isPunct(t, ','))
  );
}

/**
 * "He told Sputnik:" ending its line: what follows the colon is the next paragraph, an answer
 * or a statement printed without quotation marks.
 */
function endsWithColon(tokens: Token[], frame: Frame): boolean {
  const last = tokens[tokens.length - 1];
  if (!isPunct(last, ':') || frame.cueIndex >= tokens.length - 1) return false;
  return !tokens.slice(frame.afterIndex, -1).some((t) => t.kind === 'quote' || isPunct(t, '.', ';'));
}

/**
 * A claim ends where the next attribution in the sentence begins ("X said A, while Y said B"),
 * unless that attribution is part of the claim: "X said that Y believed B", "X said he thought B".
 */
function claimLimit(tokens: Token[], frames: Frame[], frame: Frame, tokenCount: number): number {
  let limit = tokenCount;
  for (const other of frames) {
    if (other === frame || other.cueIndex === frame.cueIndex) continue;
    if (other.frameStart <= frame.cueIndex || other.frameStart >= limit || other.continues) continue;
    if (isEmbedded(tokens, frame, other)) continue;
    // "the lawsuit, which he expects to file soon, will name …": a view or a plan inside the claim
    // does not start an attribution of its own.
    if (other.verb && other.verb.cueClass !== 'speech' && other.verb.cueClass !== 'finding') continue;
    limit = other.frameStart;
  }
  return limit;
}

/** Whether `inner` opens the complement clause of `outer`: right after its cue or after "that". */
export function isEmbedded(tokens: Token[], outer: Frame, inner: Frame): boolean {
  if (inner.frameStart <= outer.cueIndex) return false;
  if (isWord(tokens[inner.frameStart - 1], 'that') && inner.frameStart - 1 >= outer.afterIndex) {
    return !tokens.slice(outer.afterIndex, inner.frameStart - 1).some((t) => t.kind === 'quote' || isPunct(t, '.', ';'));
  }
  // "told Fox News they expected …": only the recipient, an outlet or time words in between.
  return !tokens
    .slice(outer.afterIndex, inner.frameStart)
    .some((t) => t.kind === 'quote' || t.kind === 'punct' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ');
}

/** "…, an accusation Moscow denied": the next attribution's own lead-in is not claim text. */
function trimToComma(tokens: Token[], limit: number): number {
  if (limit >= tokens.length) return limit;
  for (let k = limit - 1; k >= Math.max(0, limit - 3); k -= 1) {
    const t = tokens[k] as Token;
    if (isPunct(t, ',')) return k;
    if (t.kind !== 'word') break;
  }
  return limit;
}

/**
 * “…,” he said — the quotation right before the attribution, provided it opens its clause. A
 * quotation ending someone else's clause ("its forces had hit “…,” Interfax reported") is part of
 * that clause, which the attribution then encloses.
 */
function quoteBefore(tokens: Token[], frame: Frame, clauseStart: number): { innerStart: number; innerEnd: number } | null {
  let k = frame.frameStart - 1;
  while (k >= 0 && isPunct(tokens[k], ',', '—', '–', '-')) k -= 1;
  const t = tokens[k];
  if (t?.kind !== 'quote' || !t.quotation) return openingQuote(tokens, frame, clauseStart);
  const opener = tokens[k - 1];
  const opensClause = k <= clauseStart || !opener || isPunct(opener, ':', ',', ';', '—', '–', '(') || opener.kind === 'quote';
  return opensClause ? t.quotation : null;
}

/**
 * “…,” Queen's University, Belfast, research fellow Wes Fraser told the BBC — a quotation opening
 * the sentence with its comma, then only the speaker's long description before the cue.
 */
function openingQuote(tokens: Token[], frame: Frame, clauseStart: number): { innerStart: number; innerEnd: number } | null {
  const quote = tokens[clauseStart];
  if (quote?.kind !== 'quote' || !quote.quotation || !/[,?!]["”’']?$/u.test(quote.text)) return null;
  const between = tokens.slice(clauseStart + 1, frame.frameStart);
  const onlyDescription = between.every(
    (t) => isPunct(t, ',', "'", '’') || t.kind === 'mention' || (t.kind === 'word' && t.pos !== 'VERB' && t.pos !== 'AUX'),
  );
  return onlyDescription && between.length <= 12 ? quote.quotation : null;
}

interface Forward {
  quote?: { innerStart: number; innerEnd: number };
  start?: number;
  viaThat?: boolean;
  hasContent: boolean;
}

function forwardClaim(tokens: Token[], frame: Frame, limit: number): Forward | null {
  const from = frame.afterIndex;
  let j = from;
  while (j < limit && isPunct(tokens[j], ':', ',', '—', '–')) j += 1;
  const next = tokens[j];
  if (next?.kind === 'quote' && next.quotation && (j === from || isPunct(tokens[j - 1], ':', ',', '—', '–'))) {
    return { quote: next.quotation, hasContent: true };
  }

  // "…, Turkey's defence ministry said, as Moscow repeated …": a new clause, not the claim; nor is
  // "…, said Ragan, who debunked …", which says more about the speaker.
  if (isPunct(tokens[from], ',') && isWord(tokens[from + 1], ...CLAUSE_CONJUNCTIONS, 'who', 'which', 'whose')) return { hasContent: false };
  // "told reporters in Erbil: “…”": a quotation introduced by a colon a few words on.
  for (let i = from; i < Math.min(limit - 1, from + 12); i += 1) {
    const t = tokens[i] as Token;
    if (t.kind === 'quote' || isPunct(t, '.', ';') || (t.kind === 'word' && isWord(t, 'that'))) break;
    const quote = tokens[i + 1];
    if (isPunct(t, ':') && quote?.kind === 'quote' && quote.quotation) return { quote: quote.quotation, hasContent: true };
    // "writes in support of the movement, “WHEREAS …”": a quotation closing the sentence after
    // the cue's own adjuncts and a comma.
    if (isPunct(t, ',') && i > from && quote?.kind === 'quote' && quote.quotation && i + 2 >= limit - 1)
      return { quote: quote.quotation, hasContent: true };
  }
  const first = tokens[from];
  const inOutlet = !!first && !!frame.outlet && first.start >= frame.outlet.span.start && first.end <= frame.outlet.span.end;
  const toldSomeone =
    !!frame.verb &&
    TELLING.has(frame.verb.lemma) &&
    first?.kind === 'word' &&
    (first.pos === 'PROPN' || first.pos === 'NOUN' || first.pos === 'DET');
  // "Ray said the top three reasons that parents …": after a verb that takes no object, a phrase
  // opening with a determiner is the claim's subject, and its "that" a relative pronoun.
  const subjectFirst = first?.kind === 'word' && OBJECT_DETERMINERS.has(first.lower) && !(frame.verb && TELLING.has(frame.verb.lemma));
  if (
    first &&
    !subjectFirst &&
    (first.kind === 'mention' ||
      inOutlet ||
      toldSomeone ||
      (first.kind === 'word' && (ADJUNCT_STARTERS.has(first.lower) || WEEKDAYS_AND_MONTHS.has(first.lower))) ||
      isPunct(first, ','))
  ) {
    for (let i = from; i < Math.min(limit, from + 22); i += 1) {
      const t = tokens[i] as Token;
      if (t.kind === 'quote' || isPunct(t, '.', ';', '?', '!')) break;
      // "said Ragan, who debunked a rumor that …": a relative clause's "that" is not the claim's.
      if (isWord(t, 'who', 'which', 'whose')) break;
      if (isWord(t, 'that') && i + 1 < limit) return { start: i + 1, viaThat: true, hasContent: true };
      if (
        i > from &&
        t.kind === 'word' &&
        t.text === t.lower &&
        verbCue(t.lower)?.cueClass === 'speech' &&
        !isCueGerund(t.lower) &&
        t.lower !== 'told'
      )
        break;
    }
  }

  let i = skipAdjuncts(tokens, frame, from, limit);
  // told “Face the Nation,” “She oversaw …”: the quotation after the quoted programme's comma.
  let q = i;
  while (q < limit && isPunct(tokens[q], ',', ':', '"', '”', '“')) q += 1;
  if (q > i && tokens[q]?.kind === 'quote' && tokens[q]?.quotation) return { quote: tokens[q]!.quotation!, hasContent: true };
  if (isPunct(tokens[i], ':')) {
    i += 1;
    // "he added: 'In plain terms …" with the quotation never closed: the statement is all that
    // follows the colon and its opening mark, whatever word it starts with.
    while (i < limit - 1 && isPunct(tokens[i], "'", '"', '‘', '“', '«')) i += 1;
    const first = tokens[i];
    if (i < limit && (first?.kind === 'word' || first?.kind === 'mention')) return { start: i, hasContent: true };
  }
  const t = tokens[i];
  if (!t || i >= limit || (t.kind === 'punct' && !isPunct(t, '(')) || t.kind === 'url') {
    return { hasContent: i < limit && !!t && !isPunct(t, '.', '!', '?') };
  }
  const quantifier = isWord(t, 'at', 'up') && isWord(tokens[i + 1], 'least', 'most', 'to');
  if (t.kind === 'word' && PREPOSITION_STARTS.has(t.lower) && !quantifier) return { hasContent: false };
  return { start: i, hasContent: true };
}

/** Skips time words and recipients right after a cue ("said Tuesday", "told AFP"). */
function skipAdjuncts(tokens: Token[], frame: Frame, from: number, limit: number): number {
  let i = skipRecipient(tokens, frame, from, limit);
  while (i < limit) {
    const t = tokens[i] as Token;
    if (frame.outlet && t.start >= frame.outlet.span.start && t.end <= frame.outlet.span.end) {
      i += 1;
      // "told The Daily Caller News Foundation": the rest of a longer name is still the outlet's.
      if (tokens[i]?.start !== undefined && (tokens[i] as Token).start >= frame.outlet.span.end) {
        while (i < limit && isNameTail(tokens[i])) i += 1;
      }
      continue;
    }
    // The quotation marks around a quoted programme: told “Face the Nation,” …
    if (
      frame.outlet &&
      isPunct(t, '"', '“', '”') &&
      (tokens[i + 1]?.start === frame.outlet.span.start || tokens[i - 1]?.end === frame.outlet.span.end)
    ) {
      i += 1;
      continue;
    }
    if (t.kind === 'mention' && frame.outletIndex !== null && frame.outletIndex < i) {
      i += 1;
      // "The Daily Caller News Foundation": the rest of a longer name is still the outlet's.
      while (
        i < limit &&
        tokens[i]?.kind === 'word' &&
        (MEDIA_ROLE_NOUNS.has((tokens[i] as Token).lower) || /^\p{Lu}\p{Ll}/u.test((tokens[i] as Token).text))
      )
        i += 1;
      continue;
    }
    if (t.kind !== 'word') break;
    const lower = t.lower;
    if (WEEKDAYS_AND_MONTHS.has(lower) || /^\d{1,4}$/u.test(t.text) || TIME_NOUNS.has(lower)) {
      i += 1;
      continue;
    }
    if (['late', 'early', 'last', 'this', 'next', 'on'].includes(lower) && isTimeWord(tokens[i + 1])) {
      i += 2;
      continue;
    }
    if (['also', 'separately', 'publicly', 'overnight', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'again'].includes(lower)) {
      i += 1;
      continue;
    }
    if (NON_OUTLET_RECIPIENTS.has(lower) && frame.cue.text.startsWith('told')) {
      i += 1;
      continue;
    }
    if (lower === 'the' && frame.outlet?.type === 'anaphor' && frame.outletIndex !== null && frame.outletIndex < i) {
      i += 1;
      while (i < limit && tokens[i]?.kind === 'word' && !MEDIA_ROLE_NOUNS.has((tokens[i] as Token).lower)) i += 1;
      i += 1;
      continue;
    }
    break;
  }
  return i;
}

/** A capitalised word continuing a name ("News Foundation"), not a day or month ("Monday"). */
function isNameTail(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(token.text) && !WEEKDAYS_AND_MONTHS.has(token.lower);
}

// Verbs with someone told before what they are told: "told the dispatcher she was hiding".
const TELLING = new Set(['tell', 'inform', 'assure', 'warn', 'brief', 'remind', 'advise']);

/**
 * The person or body told, in "told authorities months ago they thought …": a noun phrase right
 * after the verb that the claim's own subject and verb follow.
 */
function skipRecipient(tokens: Token[], frame: Frame, from: number, limit: number): number {
  if (!frame.verb || !TELLING.has(frame.verb.lemma)) return from;
  let i = from;
  while (i < limit && i - from < 6) {
    const t = tokens[i] as Token;
    if (
      t.kind === 'mention' ||
      (t.kind === 'word' && (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.possessive))
    ) {
      i += 1;
      continue;
    }
    break;
  }
  if (i === from) return from;
  // "months ago", "last week": time after the recipient.
  let j = i;
  while (
    j < limit &&
    j - i < 3 &&
    tokens[j]?.kind === 'word' &&
    ((tokens[j] as Token).pos === 'NUM' || TIME_NOUNS.has((tokens[j] as Token).lower.replace(/s$/u, '')))
  )
    j += 1;
  if (isWord(tokens[j], 'ago')) i = j + 1;
  // What follows must be a clause of its own: a subject and then a verb.
  const subject = tokens[i];
  return subject?.kind === 'word' && (subject.pos === 'PRON' || subject.pos === 'DET' || subject.pos === 'NOUN' || subject.pos === 'PROPN')
    ? i
    : from;
}

function isTimeWord(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && (WEEKDAYS_AND_MONTHS.has(token.lower) || TIME_NOUNS.has(token.lower));
}

/** "According to X, <claim>" or "<claim>, according to X". */
function claimForCitation(
  text: string,
  tokens: Token[],
  frame: Frame,
  clauseStart: number,
  limit: number,
  endOffset: (index: number) => number,
): void {
  const leading = tokens
    .slice(clauseStart, frame.cueIndex)
    .every((t) => isPunct(t, ',') || (t.kind === 'word' && (ADVERBIAL_OPENERS.has(t.lower) || /^\d+$/u.test(t.text))));
  const glued = frame.afterIndex < tokens.length && !isPunct(tokens[frame.afterIndex], ',', '.', ';');
  if (glued) {
    setClaim(text, frame, (tokens[frame.afterIndex] as Token).start, endOffset(limit), 'after', tokens);
    return;
  }
  if (leading && isPunct(tokens[frame.afterIndex], ',') && frame.afterIndex + 1 < tokens.length) {
    // The cited claim runs to the end of the sentence even when it contains its own attribution
    // ("According to Yonhap, the agency told lawmakers …"); the two are merged afterwards.
    setClaim(text, frame, (tokens[frame.afterIndex + 1] as Token).start, endOffset(tokens.length), 'after', tokens);
    return;
  }
  // "One video, according to the complaint, describes …": a parenthetical citation inside the
  // clause vouches for all of it.
  const parenthetical =
    isPunct(tokens[frame.cueIndex - 1], ',') && isPunct(tokens[frame.afterIndex], ',') && frame.afterIndex + 1 < tokens.length;
  if (
    parenthetical &&
    hasFiniteVerbAfter(tokens, frame.afterIndex + 1) &&
    !hasFiniteVerbAfter(tokens.slice(clauseStart, frame.cueIndex), 0)
  ) {
    setClaim(text, frame, (tokens[clauseStart] as Token).start, endOffset(tokens.length), 'sentence', tokens);
    return;
  }
  if (frame.cueIndex > clauseStart) {
    setClaim(text, frame, (tokens[clauseStart] as Token).start, (tokens[frame.cueIndex] as Token).start, 'before', tokens);
  }
}

function hasFiniteVerbAfter(tokens: Token[], from: number): boolean {
  return hasFiniteVerb(tokens.slice(from));
}

function stopBeforeOutlet(tokens: Token[], frame: Frame, claimStart: number, end: number): number {
  if (frame.outletIndex === null || frame.outletIndex <= claimStart) return end;
  let k = frame.outletIndex;
  while (k > claimStart && tokens[k - 1]?.kind === 'word' && ['in', 'an', 'a', 'the', 'during'].includes((tokens[k - 1] as Token).lower))
    k -= 1;
  return Math.min(end, (tokens[k] as Token).start);
}

function urlLimit(tokens: Token[], from: number, limit: number): number {
  for (let i = from; i < limit; i += 1) if (tokens[i]?.kind === 'url') return i;
  return limit;
}

/** After a wire dateline ("KHARKIV, Ukraine (AP) —") the sentence proper begins. */
function datelineEnd(tokens: Token[]): number {
  for (let i = 1; i < Math.min(tokens.length - 1, 16); i += 1) {
    if (isPunct(tokens[i], '—', '–', '-') && isPunct(tokens[i - 1], ')', '/')) return i + 1;
  }
  return 0;
}

export function setClaim(text: string, frame: Frame, start: number, end: number, position: Frame['claimPosition'], tokens: Token[]): void {
  let s = start;
  let e = end;
  for (;;) {
    const before = e;
    while (e > s && /[\s,;:.]/u.test(text[e - 1] as string)) e -= 1;
    const tail = /(?:^|\s)(\p{L}+)$/u.exec(text.slice(s, e));
    if (tail && TRAILING_CONJUNCTIONS.has((tail[1] as string).toLowerCase()) && e - (tail[1] as string).length > s) {
      e -= (tail[1] as string).length;
    }
    if (e === before) break;
  }
  while (s < e && /[\s,;:]/u.test(text[s] as string)) s += 1;
  if (e <= s) return;
  frame.claim = { start: s, end: e };
  frame.claimPosition = position;
  frame.containsQuote = position === 'quote' || tokens.some((t) => t.kind === 'quote' && t.start >= s && t.end <= e + 1);
  frame.claimHasVerb = hasFiniteVerb(tokens.filter((t) => t.start >= s && t.end <= e));
}

/**
 * Whether tokens hold a clause of their own: an auxiliary, or a verb that is not an infinitive or
 * a bare participle ("she had authority", "the video showed"; not "the deadline to pass").
 */
function hasFiniteVerb(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.pos === 'AUX') return !isWord(tokens[i - 1], 'to');
    if (t.pos !== 'VERB' || isWord(tokens[i - 1], 'to')) return false;
    return !t.lower.endsWith('ing');
  });
}
