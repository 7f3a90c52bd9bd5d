import { attachOutletsAndCitations } from './attachments.js';
import { assignClaims } from './claim-span.js';
import { newFrame, type Frame } from './frame.js';
import {
  ADVERBIAL_OPENERS,
  ADVERBIAL_SKIP,
  PARENTHETICAL_OPENERS,
  POSTMODIFIER_PARTICIPLES,
  RELAY_VERBS,
  RESPONSE_VERBS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  WEEKDAYS_AND_MONTHS,
} from './lexicon.js';
import {
  classifySpeaker,
  isPhraseWord,
  phraseEndAfter,
  phraseStartBefore,
  spanOf,
  type Speaker,
} from './speaker-phrase.js';
import { isPunct, isWord, type Token } from './tokens.js';

const TIME_LEADERS = new Set(['on', 'late', 'early', 'last', 'this', 'next']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'being', 'been']);
const RELAY_CONTINUATIONS = new Set(['saying', 'telling', 'stating', 'having', 'warning', 'adding', 'writing']);

/** Attributions in one English sentence, with their claims. */
export function findEnglishFrames(text: string, tokens: Token[], sentenceEnd: number): Frame[] {
  const frames: Frame[] = [];
  for (let v = 0; v < tokens.length; v += 1) {
    const t = tokens[v] as Token;
    if (t.kind !== 'word') continue;
    if (t.lower === 'according' && isWord(tokens[v + 1], 'to')) {
      const frame = accordingFrame(text, tokens, v);
      if (frame) frames.push(frame);
      continue;
    }
    // Cue words count in lower case only: a title-case headline ("Turkey Says …") is not a
    // sentence whose attribution a reviewer wants proposed.
    if (t.text !== t.lower) continue;
    if (SPEECH_PARTICIPLES.has(t.lower)) {
      if (isWord(tokens[v - 1], 'as')) continue;
      const frame = participleFrame(text, tokens, v, frames);
      if (frame) frames.push(frame);
      continue;
    }
    if (!SPEECH_VERBS.has(t.lower)) continue;
    if (isWord(tokens[v + 1], 'by')) continue; // "quoted by X" is an outlet attachment
    frames.push(...verbFrames(text, tokens, v));
  }
  attachOutletsAndCitations(text, tokens, frames);
  assignClaims(text, tokens, frames, sentenceEnd);
  return mergeEnclosing(frames.filter(isUsable));
}

function isUsable(frame: Frame): boolean {
  if (!frame.claim || frame.claim.end <= frame.claim.start) return false;
  // "an accusation Moscow denied": a response verb without its own clause claims nothing.
  const verb = frame.cue.text;
  if (RESPONSE_VERBS.has(verb) && frame.claimPosition !== 'quote' && frame.claimPosition !== 'after' && !frame.containsQuote) {
    return false;
  }
  return true;
}

function verbFrames(text: string, tokens: Token[], v: number): Frame[] {
  const verb = tokens[v] as Token;
  const passive = PASSIVE_AUXILIARIES.has(tokens[v - 1]?.lower ?? '');
  let found = speakerBefore(text, tokens, v);
  let afterIndex = v + 1;
  if (!found) {
    const after = speakerAfter(text, tokens, v);
    if (!after) return [];
    found = { speaker: after.speaker, start: v };
    afterIndex = after.end;
  }
  let relay: Speaker | null = null;
  if (RELAY_VERBS.has(verb.lower) && !passive && afterIndex === v + 1) {
    const relayed = relayAfter(text, tokens, v);
    if (relayed) {
      relay = relayed.speaker;
      afterIndex = relayed.after;
    }
  }
  const cue = spanOf(text, tokens, v, v + 1);
  const frames = [newFrame({ cue, cueIndex: v, speaker: found.speaker, frameStart: found.start, afterIndex, relay })];
  // "Xinhua and Kyodo both reported": one frame per coordinated outlet.
  let k = found.start - 1;
  while (found.speaker.type === 'registry' && k >= 1 && (isWord(tokens[k], 'and') || isPunct(tokens[k], ','))) {
    const other = tokens[k - 1] as Token;
    if (other.kind !== 'mention' || !other.mention) break;
    const span = spanOf(text, tokens, k - 1, k);
    frames.push(
      newFrame({
        cue,
        cueIndex: v,
        speaker: { type: 'registry', mention: other.mention, span },
        frameStart: k - 1,
        afterIndex,
        relay,
      }),
    );
    k -= 2;
  }
  return frames;
}

/** "X quoted Y as saying …" → Y and the index after "as saying". */
function relayAfter(text: string, tokens: Token[], v: number): { speaker: Speaker; after: number } | null {
  for (let j = v + 1; j < Math.min(tokens.length - 1, v + 24); j += 1) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote' || isPunct(t, '.', ';', ':')) break;
    if (isWord(t, 'as') && RELAY_CONTINUATIONS.has(tokens[j + 1]?.lower ?? '')) {
      const speaker = classifySpeaker(text, tokens, v + 1, j);
      if (!speaker) return null;
      let after = j + 2;
      if (isWord(tokens[j + 1], 'having')) after += 1;
      return { speaker, after };
    }
  }
  const end = phraseEndAfter(tokens, v + 1, tokens.length);
  const speaker = classifySpeaker(text, tokens, v + 1, end);
  return speaker ? { speaker, after: end } : null;
}

/** The speaker before verb `v`: "<speaker> [adverbs] said". */
export function speakerBefore(
  text: string,
  tokens: Token[],
  v: number,
): { speaker: Speaker; start: number } | null {
  let k = skipAdverbialsBackward(tokens, v - 1);
  if (k < 0) return null;
  k = skipPostModifier(tokens, k);
  if (isPunct(tokens[k], ',')) {
    const opener = findParentheticalStart(tokens, k);
    if (opener === null) return null;
    k = opener - 1;
    if (k < 0) return null;
  }
  const start = phraseStartBefore(tokens, k, 0);
  if (start === null) return null;
  const speaker = classifySpeaker(text, tokens, start, k + 1);
  return speaker ? { speaker, start } : null;
}

function skipAdverbialsBackward(tokens: Token[], from: number): number {
  let k = from;
  while (k >= 0) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') break;
    if (ADVERBIAL_SKIP.has(t.lower)) {
      k -= 1;
      continue;
    }
    if (WEEKDAYS_AND_MONTHS.has(t.lower) || /^\d{1,4}$/u.test(t.text)) {
      k -= 1;
      if (WEEKDAYS_AND_MONTHS.has(tokens[k]?.lower ?? '')) k -= 1;
      if (TIME_LEADERS.has(tokens[k]?.lower ?? '')) k -= 1;
      continue;
    }
    break;
  }
  return k;
}

/** "the Arabic-language Enab Baladi affiliated to militants quoted …": skip the post-modifier. */
function skipPostModifier(tokens: Token[], k: number): number {
  for (let j = k; j >= Math.max(0, k - 6); j -= 1) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' || t.kind === 'quote') return k;
    if (
      t.kind === 'word' &&
      POSTMODIFIER_PARTICIPLES.has(t.lower) &&
      ['to', 'with', 'by', 'in'].includes(tokens[j + 1]?.lower ?? '') &&
      j > 0
    ) {
      return j - 1;
    }
  }
  return k;
}

/** For "<speaker>, <parenthetical>, said": the index of the comma opening the parenthetical. */
function findParentheticalStart(tokens: Token[], closingComma: number): number | null {
  for (let j = closingComma - 1; j >= 0; j -= 1) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote' || isPunct(t, ';', ':', '—', '–')) return null;
    if (isPunct(t, ',')) {
      const first = tokens[j + 1];
      if (j + 1 >= closingComma || !first) return null;
      return first.kind === 'word' && PARENTHETICAL_OPENERS.has(first.lower) ? j : null;
    }
  }
  return null;
}

/** Inverted order after a quotation or clause: "…,” said Naji Mustafa." / "…, reports Sputnik." */
function speakerAfter(text: string, tokens: Token[], v: number): { speaker: Speaker; end: number } | null {
  const before = tokens[skipAdverbialsBackward(tokens, v - 1)];
  const opensClause = !before || before.kind === 'quote' || isPunct(before, ',', '—', '–');
  if (!opensClause) return null;
  const first = tokens[v + 1];
  if (!first || !(isPhraseWord(first) || isWord(first, 'the', 'a', 'an', 'he', 'she', 'they'))) return null;
  const end = phraseEndAfter(tokens, v + 1, tokens.length);
  const speaker = classifySpeaker(text, tokens, v + 1, end);
  return speaker ? { speaker, end } : null;
}

/** "according to X" — the document cites X. */
function accordingFrame(text: string, tokens: Token[], v: number): Frame | null {
  const from = v + 2;
  const end = phraseEndAfter(tokens, from, tokens.length);
  const speaker = classifySpeaker(text, tokens, from, end);
  if (!speaker || speaker.type === 'anaphor') {
    // Only a back-reference to an institution is a source here ("according to the agency");
    // "according to the plan" is not.
    if (!speaker || speaker.pronoun || !isInstitutionHead(speaker.head)) return null;
  }
  return newFrame({
    cue: spanOf(text, tokens, v, v + 2),
    cueIndex: v,
    speaker,
    frameStart: v,
    afterIndex: end,
    citing: true,
  });
}

function isInstitutionHead(head: string): boolean {
  return ['agency', 'newspaper', 'daily', 'broadcaster', 'channel', 'ministry', 'observatory', 'monitor', 'website', 'outlet'].includes(head);
}

/** "…, adding that …": continues the previous attribution, or the clause's subject. */
function participleFrame(text: string, tokens: Token[], v: number, earlier: Frame[]): Frame | null {
  const cue = spanOf(text, tokens, v, v + 1);
  const previous = earlier[earlier.length - 1];
  if (isPunct(tokens[v - 1], ',') && previous && previous.cueIndex < v) {
    return newFrame({ cue, cueIndex: v, speaker: previous.speaker, frameStart: v, afterIndex: v + 1, continues: previous });
  }
  const subject = clauseSubject(text, tokens, v);
  if (!subject) return null;
  return newFrame({ cue, cueIndex: v, speaker: subject, frameStart: v, afterIndex: v + 1 });
}

/** The subject at the start of the clause containing token `v`, skipping a leading adverbial. */
function clauseSubject(text: string, tokens: Token[], v: number): Speaker | null {
  let s = 0;
  for (let j = v - 1; j >= 0; j -= 1) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote' || isPunct(t, ';', ':')) {
      s = j + 1;
      break;
    }
  }
  const first = tokens[s];
  if (first?.kind === 'word' && ADVERBIAL_OPENERS.has(first.lower)) {
    let comma = s;
    while (comma < v && !isPunct(tokens[comma], ',')) comma += 1;
    if (comma >= v) return null;
    s = comma + 1;
  }
  let e = s;
  while (e < v && (isPhraseWord(tokens[e] as Token) || isWord(tokens[e], 'the', 'a', 'an'))) e += 1;
  if (e === s) return null;
  return classifySpeaker(text, tokens, s, e);
}

/**
 * An attribution whose claim encloses another attribution wraps it: "<ministry said …>, Interfax
 * reported" and "According to Yonhap, <agency told lawmakers …>" become one chain each.
 */
function mergeEnclosing(frames: Frame[]): Frame[] {
  const removed = new Set<Frame>();
  for (const outer of frames) {
    const wraps = outer.citing || outer.claimPosition === 'before';
    if (!wraps || !outer.claim) continue;
    if (!(outer.speaker.type === 'registry' || outer.speaker.type === 'anaphor' || outer.citing)) continue;
    const inner = frames.filter(
      (f) =>
        f !== outer &&
        !removed.has(f) &&
        f.cue.start >= outer.claim!.start &&
        f.cue.end <= outer.claim!.end,
    );
    if (!inner.length) continue;
    for (const f of inner) f.prefix.unshift({ speaker: outer.speaker, citing: outer.citing }, ...outer.prefix);
    removed.add(outer);
  }
  return frames.filter((f) => !removed.has(f));
}
