import type { CueStance } from '../domain.js';
import { attachOutletsAndCitations } from './attachments.js';
import { assignClaims, isEmbedded } from './claim-span.js';
import { isCueGerund, phraseCueStance, type VerbCue, verbCue } from './cue-lexicon.js';
import { type Frame, newFrame } from './frame.js';
import {
  ADVERBIAL_OPENERS,
  ADVERBIAL_SKIP,
  DETERMINERS,
  DOCUMENT_NOUNS,
  MEDIA_ROLE_NOUNS,
  PARENTHETICAL_OPENERS,
  PERSON_ROLES,
  RELAY_VERBS,
  RESPONSE_VERBS,
  SPEAKING_NOUNS,
  TIME_NOUNS,
  UNNAMED_HEADS,
  WEEKDAYS_AND_MONTHS,
} from './lexicon.js';
import { isOrganisationName, parsePersonName } from './names.js';
import {
  classifySpeaker,
  isNameToken,
  isPhraseWord,
  opensPostModifier,
  phraseEndAfter,
  phraseStartBefore,
  spanOf,
  type Speaker,
} from './speaker-phrase.js';
import { isCapitalized, isPunct, isWord, type Token } from './tokens.js';

const TIME_LEADERS = new Set(['on', 'late', 'early', 'last', 'this', 'next']);
const POSTMODIFIER_OPENERS = new Set([
  'in',
  'at',
  'from',
  'of',
  'with',
  'inside',
  'near',
  'among',
  'who',
  'that',
  'which',
  'familiar',
  'close',
]);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'being', 'been']);
const RELAY_CONTINUATIONS = new Set(['saying', 'telling', 'stating', 'having', 'warning', 'adding', 'writing']);
// Before a cue form these make it a noun or an adjective, not the verb of an attribution.
const NOUN_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'these',
  'those',
  'such',
  'no',
  'any',
  'every',
  'each',
  'new',
  'recent',
  'earlier',
  'some',
  'many',
]);
// Verbs that, as participles after a noun and before "as", describe that noun.
const DESCRIBING_AS = new Set(['describe', 'label', 'brand', 'dub', 'characterize', 'characterise', 'call', 'quote', 'cite', 'identify']);
const ATTACHING_GERUNDS = new Set(['citing', 'quoting', 'speaking', 'talking', 'writing', 'telling']);
// "is warning", "was saying": a progressive verb, not a participle continuing a clause.
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am']);

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
    const cue = verbCue(t.lower);
    if (!cue || inNounContext(tokens, v)) continue;
    if (cue.particle && !isWord(tokens[v + 1], cue.particle)) continue;
    // "J Street's statement read: …" — a document reads; a person who reads says nothing.
    if (cue.lemma === 'read' && !isDocumentWord(tokens[v - 1])) continue;
    if (isCueGerund(t.lower) && !PROGRESSIVE_AUXILIARIES.has(tokens[v - 1]?.lower ?? '')) {
      // "citing X", "quoting X", "speaking to X" name a source or an outlet; they are attached to
      // the attribution they belong to, not attributions of their own.
      if (isWord(tokens[v - 1], 'as') || ATTACHING_GERUNDS.has(t.lower)) continue;
      const frame = participleFrame(text, tokens, v, frames);
      if (frame) frames.push({ ...frame, verb: cue, stance: stanceAt(tokens, v, cue) });
      continue;
    }
    if (isWord(tokens[v + 1], 'by')) continue; // "quoted by X" is an outlet attachment
    // "a woman described as a “former official”": a participle describing someone, not a cue.
    if (DESCRIBING_AS.has(cue.lemma) && isWord(tokens[v + 1], 'as') && tokens[v - 1]?.pos === 'NOUN') continue;
    frames.push(...verbFrames(text, tokens, v).map((f) => ({ ...f, verb: cue, stance: stanceAt(tokens, v, cue) })));
  }
  for (const frame of frames) if (frame.verb?.particle && frame.afterIndex === frame.cueIndex + 1) withParticle(text, tokens, frame);
  const colon = colonQuoteFrame(text, tokens, frames);
  if (colon) frames.push(colon);
  attachOutletsAndCitations(text, tokens, frames);
  assignClaims(text, tokens, frames, sentenceEnd);
  return mergeEmbedded(tokens, mergeEnclosing(tokens, withoutRecordingDocuments(frames.filter(isUsable))));
}

/**
 * "Porterfield, however, shot back: “…”", "Marczak defended the curriculum: “…”": a quotation
 * that a colon introduces at the end of a sentence is the words of the clause's subject, whatever
 * its verb, when no reporting verb already claims it.
 */
function colonQuoteFrame(text: string, tokens: Token[], frames: Frame[]): Frame | null {
  const c = tokens.findIndex((t, i) => isPunct(t, ':') && tokens[i + 1]?.kind === 'quote');
  if (c <= 0 || tokens.length - (c + 2) > 1 || frames.some((f) => f.cueIndex < c)) return null;
  const quote = tokens[c + 1] as Token;
  if (!quote.quotation || text.slice(quote.quotation.innerStart, quote.quotation.innerEnd).split(/\s+/u).length < 3) return null;
  for (let v = 1; v < c; v += 1) {
    const verb = tokens[v] as Token;
    // The tagger reads some verbs after a comma as nouns ("…, however, shot back:").
    if (verb.kind !== 'word' || (verb.pos !== 'VERB' && verb.pos !== 'NOUN') || verb.text !== verb.lower) continue;
    const found = speakerBefore(text, tokens, v);
    if (!found) return null;
    const { speaker } = found;
    if (!(speaker.type === 'named' || speaker.type === 'registry' || (speaker.type === 'anaphor' && speaker.pronoun))) return null;
    return newFrame({ cue: spanOf(text, tokens, v, v + 1), cueIndex: v, speaker, frameStart: found.start, afterIndex: c });
  }
  return null;
}

/** "pointed out": the particle is part of the cue, and what it points out follows it. */
function withParticle(text: string, tokens: Token[], frame: Frame): void {
  frame.cue = spanOf(text, tokens, frame.cueIndex, frame.cueIndex + 2);
  frame.afterIndex = frame.cueIndex + 2;
}

/** The verb's own stance, unless an adverb next to it distances the report ("reportedly said"). */
function stanceAt(tokens: Token[], v: number, cue: VerbCue): CueStance {
  const near = [tokens[v - 2], tokens[v - 1], tokens[v + 1]].map((t) => t?.lower ?? '').join(' ');
  return phraseCueStance(near) === 'distancing' ? 'distancing' : cue.stance;
}

/**
 * "…,” the minister told reporters, according to a transcript released by his office": the
 * document only records words whose speaker the sentence names, so it is not a source of its own.
 */
function withoutRecordingDocuments(frames: Frame[]): Frame[] {
  // Someone speaking, not "one video shows" or "the data show".
  const speaking = frames.some((f) => !f.citing && !isDocument(f.speaker));
  if (!speaking) return frames;
  return frames.filter((f) => !(f.citing && f.speaker.type !== 'registry' && f.speaker.type !== 'named' && isDocument(f.speaker)));
}

function isDocumentWord(token: Token | undefined): boolean {
  return (
    token?.kind === 'word' &&
    (DOCUMENT_NOUNS.has(token.lemma ?? token.lower) || ['sign', 'message', 'note', 'banner', 'letter'].includes(token.lower))
  );
}

function isDocument(speaker: Speaker): boolean {
  const words = speaker.span.text.toLowerCase().split(/[^\p{L}-]+/u);
  return words.some((w) => DOCUMENT_NOUNS.has(w) || ['transcript', 'recording', 'video', 'footage', 'readout'].includes(w));
}

function isUsable(frame: Frame): boolean {
  if (frame.claimInNextBlock) return frame.verb?.cueClass === 'speech';
  if (!frame.claim || frame.claim.end <= frame.claim.start) return false;
  const verb = frame.cue.text;
  const governed = frame.claimPosition === 'quote' || frame.claimPosition === 'after' || frame.containsQuote;
  // "an accusation Moscow denied": a response verb without its own clause claims nothing.
  if (RESPONSE_VERBS.has(verb) && !governed) return false;
  switch (frame.verb?.cueClass) {
    case 'commitment':
      return frame.claimPosition === 'quote' || frame.claimPosition === 'after';
    // "they found five propane tanks" reports an object, not a finding: a view or a finding
    // attributes only the clause it governs.
    case 'thought':
    case 'finding':
      return frame.claimPosition === 'quote' || frame.claimPosition === 'after' || (frame.claimPosition === 'direct' && frame.claimHasVerb);
    // "called the allegation “categorically not true”": the characterisation is in quoted words.
    case 'evaluation':
      return (
        frame.containsQuote && (frame.claimPosition === 'direct' || frame.claimPosition === 'after' || frame.claimPosition === 'quote')
      );
    default:
      return true;
  }
}

/**
 * A cue form used as a noun or adjective: "his claims", "the reports", "the alleged attack", "a
 * reported disturbance", "refused to say".
 */
// Cue words that are nouns as often as verbs ("the GOP report offers", "his claims were").
const NOUN_OR_VERB_CUES = new Set([
  'report',
  'claim',
  'estimate',
  'post',
  'tweet',
  'comment',
  'answer',
  'reply',
  'note',
  'quote',
  'charge',
  'call',
  'statement',
]);

function inNounContext(tokens: Token[], v: number): boolean {
  const cue = tokens[v] as Token;
  const next = tokens[v + 1];
  // A noun with its own verb after it: "The GOP report offers recommendations".
  const lemma = cue.lower.replace(/s$/u, '');
  if (
    NOUN_OR_VERB_CUES.has(lemma) &&
    (cue.lower === lemma || cue.lower === `${lemma}s`) &&
    next?.kind === 'word' &&
    (next.pos === 'VERB' || next.pos === 'AUX') &&
    next.text === next.lower &&
    !isWord(next, 'that')
  ) {
    return true;
  }
  const previous = tokens[v - 1];
  if (!previous || previous.kind !== 'word') return false;
  if (NOUN_DETERMINERS.has(previous.lower) || previous.lower === 'to') return true;
  if (previous.possessive) return true;
  // "the alleged attack", but not "a health alert said", where the tagger took the noun for an adjective.
  // "have long accused": after an auxiliary the word between is an adverb, whatever its tag.
  const afterAuxiliary = ['have', 'has', 'had', 'was', 'were', 'is', 'are'].includes(tokens[v - 2]?.lower ?? '');
  return previous.pos === 'ADJ' && !afterAuxiliary && !ADVERBIAL_SKIP.has(previous.lower) && !SPEAKING_NOUNS.has(previous.lower);
}

function verbFrames(text: string, tokens: Token[], v: number): Frame[] {
  const verb = tokens[v] as Token;
  // "The State Department is warning citizens that …": progressive, with the speaker before the
  // auxiliary; "was reported" is passive.
  const progressive = verb.lower.endsWith('ing') && PROGRESSIVE_AUXILIARIES.has(tokens[v - 1]?.lower ?? '');
  const passive = !progressive && PASSIVE_AUXILIARIES.has(tokens[v - 1]?.lower ?? '');
  // "the boy was reported missing", "residents were told to leave": the subject is what is
  // reported or who is told, not who speaks. "was quoted as saying" names its outlet elsewhere.
  if (passive && !(RELAY_VERBS.has(verb.lower) && isWord(tokens[v + 1], 'as'))) return [];
  let found = relativeClauseSpeaker(text, tokens, v) ?? speakerBefore(text, tokens, progressive ? v - 1 : v);
  let afterIndex = v + 1;
  // "…, told CNN": after "told" comes who was told, never the speaker.
  if (!found) {
    if (['told', 'tells', 'tell'].includes(verb.lower)) return [];
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
  const speaker = sameSentenceReferent(tokens, found.speaker, found.start) ?? found.speaker;
  const frames = [newFrame({ cue, cueIndex: v, speaker, frameStart: found.start, afterIndex, relay })];
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

/**
 * "… were rejected by Obama administration officials who said …": the speaker of a relative
 * clause is the phrase "who" refers to. Only a phrase that names or describes someone counts.
 */
function relativeClauseSpeaker(text: string, tokens: Token[], v: number): { speaker: Speaker; start: number } | null {
  const who = tokens[v - 1];
  // "a politician who praised …" describes the politician; only a reporting verb reports.
  if (!isWord(who, 'who') || who?.text !== 'who' || verbCue((tokens[v] as Token).lower)?.cueClass !== 'speech') return null;
  const start = phraseStartBefore(tokens, v - 2, 0, true);
  if (start === null) return null;
  const speaker = classifySpeaker(text, tokens, start, v - 1);
  return speaker && speaker.type !== 'anaphor' ? { speaker, start } : null;
}

/** "TRT Haber broadcast images it said showed …": "it" is the outlet named earlier in the
 * sentence, before any earlier sentence. */
function sameSentenceReferent(tokens: Token[], speaker: Speaker, start: number): Speaker | null {
  if (speaker.type !== 'anaphor' || !speaker.pronoun || !['it', 'they'].includes(speaker.head)) return null;
  for (let i = start - 1; i >= 0; i -= 1) {
    const t = tokens[i] as Token;
    if (t.kind === 'mention' && t.mention) return { type: 'registry', mention: t.mention, span: speaker.span };
  }
  return null;
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
function speakerBefore(text: string, tokens: Token[], v: number): { speaker: Speaker; start: number } | null {
  let k = skipAdverbialsBackward(tokens, v - 1);
  if (k < 0) return null;
  // The phrase is classified with its post-modifier ("People familiar with the matter"), but
  // its start is found from the word before it.
  let end = k;
  k = skipPostModifier(tokens, k);
  if (isPunct(tokens[k], ',')) {
    const named = appositiveName(text, tokens, k);
    if (named) return named;
    const opener = findParentheticalStart(tokens, k);
    if (opener === null) return null;
    k = opener - 1;
    end = k;
    if (k < 0) return null;
  }
  let start = phraseStartBefore(tokens, k, 0);
  if (start === null) {
    // "a commander in the area told …", "officials who spoke on condition of anonymity told …":
    // a post-modifier ending in an ordinary noun.
    const head = headBeforePostModifier(tokens, k);
    if (head === null) return null;
    start = phraseStartBefore(tokens, head, 0);
    if (start === null) return null;
  }
  const speaker = classifySpeaker(text, tokens, start, end + 1);
  return speaker ? { speaker, start } : null;
}

/** The head noun of "a commander in the area", "officials who spoke on condition of
 * anonymity": the role noun right before the post-modifier's first word. */
function headBeforePostModifier(tokens: Token[], k: number): number | null {
  for (let p = k - 1; p >= Math.max(1, k - 10); p -= 1) {
    const t = tokens[p] as Token;
    if (t.kind !== 'word') return null;
    if (!POSTMODIFIER_OPENERS.has(t.lower)) continue;
    const head = tokens[p - 1];
    if (head?.kind === 'word' && (PERSON_ROLES.has(head.lower) || UNNAMED_HEADS.has(head.lower))) return p - 1;
  }
  return null;
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
    // "earlier this month", "last week"
    if (TIME_NOUNS.has(t.lower) && TIME_LEADERS.has(tokens[k - 1]?.lower ?? '')) {
      k -= 2;
      if (['earlier', 'later'].includes(tokens[k]?.lower ?? '')) k -= 1;
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
  // "A woman described as a “former official” told …": the description is the post-modifier.
  for (let j = k - 1; j >= Math.max(1, k - 4); j -= 1) {
    const participle = tokens[j - 1];
    if (
      isWord(tokens[j], 'as') &&
      participle?.kind === 'word' &&
      DESCRIBING_AS.has(participle.lemma ?? '') &&
      participle.text === participle.lower
    ) {
      return j >= 2 ? j - 2 : k;
    }
  }
  for (let j = k; j >= Math.max(0, k - 12); j -= 1) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' || t.kind === 'quote') return k;
    if (j > 0 && opensPostModifier(tokens, j)) {
      return j - 1;
    }
  }
  return k;
}

/** "Its spokesman, Jotiar Hawrami, told …": the name in apposition to a role is the speaker. */
function appositiveName(text: string, tokens: Token[], closingComma: number): { speaker: Speaker; start: number } | null {
  let j = closingComma - 1;
  while (j >= 0 && tokens[j]?.kind === 'word' && isNameToken(tokens[j] as Token)) j -= 1;
  if (j === closingComma - 1 || !isPunct(tokens[j], ',')) return null;
  const role = tokens[j - 1];
  if (!role || role.kind !== 'word' || !PERSON_ROLES.has(role.lower)) return null;
  const roleStart = phraseStartBefore(tokens, j - 1, 0) ?? j - 1;
  const span = spanOf(text, tokens, j + 1, closingComma);
  // The role travels with the name, so "the attorney" or "the lawyer" can refer back to them.
  return { speaker: { type: 'named', name: `${role.lower} ${span.text}`, span, affiliation: null }, start: roleStart };
}

/** For "<speaker>, <parenthetical>, said": the index of the comma opening the parenthetical. */
function findParentheticalStart(tokens: Token[], closingComma: number): number | null {
  for (let j = closingComma - 1; j >= Math.max(0, closingComma - 50); j -= 1) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote' || isPunct(t, ';', ':', '—', '–')) return null;
    if (isPunct(t, ',')) {
      const first = tokens[j + 1];
      if (j + 1 >= closingComma || !first) return null;
      if (first.kind === 'word' && PARENTHETICAL_OPENERS.has(first.lower)) return j;
      // "Saucier, 31, said": an age.
      if (j + 2 === closingComma && /^\d{1,3}$/u.test(first.text)) return j;
      // "Members of the commission, set up in 2014 …, have told …": a participle phrase.
      if (first.kind === 'word' && first.pos === 'VERB' && first.text === first.lower && /(?:ed|en|set|put|led|made)$/u.test(first.lower))
        return j;
      // "Jim Steinle, Kate's father, told …": a role in apposition after the name.
      const last = tokens[closingComma - 1];
      return last?.kind === 'word' && PERSON_ROLES.has(last.lower) ? j : null;
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
  let end = phraseEndAfter(tokens, from, tokens.length);
  // "according to Daily Sabah the tanks are …": without a comma the claim follows the outlet.
  const glued = outletThenClause(tokens, from, end);
  if (glued !== null) end = glued;
  const speaker = classifySpeaker(text, tokens, from, end);
  if (!speaker || speaker.type === 'anaphor') {
    // Only a back-reference to an institution or a document is a source here ("according to the
    // agency", "according to the indictment"); "according to the plan" is not.
    if (!speaker || speaker.pronoun || !(isInstitutionHead(speaker.head) || SPEAKING_NOUNS.has(speaker.head))) return null;
  }
  return newFrame({
    cue: spanOf(text, tokens, v, v + 2),
    cueIndex: v,
    speaker,
    frameStart: v,
    afterIndex: end,
    citing: true,
    stance: phraseCueStance(spanOf(text, tokens, v, end).text),
  });
}

function outletThenClause(tokens: Token[], from: number, end: number): number | null {
  let j = from;
  if (isWord(tokens[j], 'the')) j += 1;
  if (tokens[j]?.kind !== 'mention') return null;
  j += 1;
  while (j < end && tokens[j]?.kind === 'word' && MEDIA_ROLE_NOUNS.has((tokens[j] as Token).lower)) j += 1;
  // "according to WHO estimates", "according to WHO and Congo's government": still the source.
  const next = tokens[j];
  if (
    next?.kind === 'word' &&
    (SPEAKING_NOUNS.has(next.lemma ?? next.lower) || SPEAKING_NOUNS.has(next.lower) || ['and', 'or'].includes(next.lower))
  )
    return null;
  return j < end ? j : null;
}

function isInstitutionHead(head: string): boolean {
  return ['agency', 'newspaper', 'daily', 'broadcaster', 'channel', 'ministry', 'observatory', 'monitor', 'website', 'outlet'].includes(
    head,
  );
}

/** "…, adding that …": continues the previous attribution, or the clause's subject. */
function participleFrame(text: string, tokens: Token[], v: number, earlier: Frame[]): Frame | null {
  // Only the comma-separated form ("…, saying that …") attributes; "are you saying that" does not.
  if (!isPunct(tokens[v - 1], ',')) return null;
  const cue = spanOf(text, tokens, v, v + 1);
  const previous = earlier[earlier.length - 1];
  if (previous && previous.cueIndex < v) {
    return newFrame({ cue, cueIndex: v, speaker: previous.speaker, frameStart: v, afterIndex: v + 1, continues: previous });
  }
  const subject = clauseSubject(text, tokens, v - 1);
  if (!subject) return null;
  return newFrame({ cue, cueIndex: v, speaker: subject, frameStart: v, afterIndex: v + 1 });
}

/**
 * The subject of the clause that ends at token `end` (exclusive): the nearest clause start —
 * sentence start, or after a comma, "and", "but" or semicolon — that begins with a speaker phrase
 * followed by its verb ("… and on Saturday, Jaish al-Izza followed suit, saying …").
 */
function clauseSubject(text: string, tokens: Token[], end: number): Speaker | null {
  const from = Math.max(0, end - 60);
  const starts: number[] = [from];
  for (let j = from; j < end; j += 1) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote' || isPunct(t, ';', ':', ',') || isWord(t, 'and', 'but')) starts.push(j + 1);
  }
  for (let i = starts.length - 1; i >= 0; i -= 1) {
    const s = starts[i] as number;
    const first = tokens[s];
    if (first?.kind === 'word' && ADVERBIAL_OPENERS.has(first.lower)) continue;
    let e = s;
    // "But he lashed out at officials, saying …": a pronoun subject refers back like any other.
    if (isWord(first, 'he', 'she', 'they') && !first?.possessive) e = s + 1;
    else while (e < end && (isPhraseWord(tokens[e] as Token) || isWord(tokens[e], 'the', 'a', 'an'))) e += 1;
    const verb = tokens[e];
    if (e === s || e >= end || verb?.kind !== 'word' || verb.text !== verb.lower) continue;
    const speaker = classifySpeaker(text, tokens, s, e) ?? possessorOf(text, tokens, s, e);
    if (speaker) return speaker;
  }
  return null;
}

/**
 * "Farrakhan's history of comments includes blaming …, saying …": a subject that is something a
 * person owns — a history, a record, a campaign — says nothing itself; what the clause goes on to
 * say, that person said.
 */
function possessorOf(text: string, tokens: Token[], s: number, e: number): Speaker | null {
  let owner = s;
  while (owner < e && isNameToken(tokens[owner] as Token) && !(tokens[owner] as Token).possessive) owner += 1;
  const last = tokens[owner];
  if (owner >= e - 1 || !last?.possessive || !isNameToken(last)) return null;
  const named = classifySpeaker(text, tokens, s, owner + 1);
  if (named?.type !== 'named') return null;
  const name = named.name.replace(/['’]s?$/u, '');
  const person = parsePersonName(name);
  if (!person || isOrganisationName(name)) return null;
  const span = { start: named.span.start, end: named.span.start + name.length, text: name };
  return { type: 'named', name, span, affiliation: null };
}

/**
 * An attribution whose claim encloses another attribution wraps it: "<ministry said …>, Interfax
 * reported" and "According to Yonhap, <agency told lawmakers …>" become one chain each.
 */
/**
 * An attribution inside another's complement clause: "Al-Watan reported that the minister said
 * B" is one chain, Al-Watan → the minister, for B. When the inner speaker is the outer one again
 * ("the couple said they thought B") or the inner cue only states a view or a commitment, the
 * outer attribution already says it all and the inner one is dropped.
 */
function mergeEmbedded(tokens: Token[], frames: Frame[]): Frame[] {
  const removed = new Set<Frame>();
  for (const outer of frames) {
    if (!outer.claim || (outer.claimPosition !== 'after' && outer.claimPosition !== 'direct')) continue;
    for (const inner of frames) {
      if (inner === outer || removed.has(inner) || removed.has(outer) || !isEmbedded(tokens, outer, inner)) continue;
      const sameSpeaker = inner.speaker.type === 'anaphor' && inner.speaker.pronoun;
      const weak = inner.verb?.cueClass === 'thought' || inner.verb?.cueClass === 'commitment';
      if (sameSpeaker || weak || !inner.claim) {
        removed.add(inner);
        continue;
      }
      inner.prefix.unshift({ speaker: outer.speaker, citing: outer.citing, stance: outer.stance }, ...outer.prefix);
      removed.add(outer);
    }
  }
  return frames.filter((f) => !removed.has(f));
}

function mergeEnclosing(tokens: Token[], frames: Frame[]): Frame[] {
  const removed = new Set<Frame>();
  for (const outer of frames) {
    const wraps = outer.citing || outer.claimPosition === 'before';
    if (!wraps || !outer.claim) continue;
    const inner = frames.filter(
      (f) =>
        f !== outer &&
        !removed.has(f) &&
        f.cue.start >= outer.claim!.start &&
        f.cue.end <= outer.claim!.end &&
        // "He wasn't sure why the ADL wrote that …, he told X": a question about what someone
        // said is the outer speaker's own statement, not a report of it.
        !isWord(tokens[f.frameStart - 1], 'why', 'whether', 'if', 'how'),
    );
    if (!inner.length) continue;
    for (const f of inner) f.prefix.unshift({ speaker: outer.speaker, citing: outer.citing, stance: outer.stance }, ...outer.prefix);
    removed.add(outer);
  }
  return frames.filter((f) => !removed.has(f));
}

/**
 * The person a sentence is about, when it opens with a name and its verb ("Abid's attorney James
 * Bacon mocked …", "Saucier, who lives in Vermont, pleaded guilty …"); null otherwise.
 */
export function subjectName(text: string, tokens: Token[]): string | null {
  let start = 0;
  // "In court, Bacon badgered …": an opening adverbial phrase up to its comma.
  const opener = tokens[0]?.kind === 'word' && ADVERBIAL_OPENERS.has((tokens[0] as Token).lower);
  const comma = opener ? tokens.findIndex((t, i) => i < 10 && isPunct(t, ',')) : -1;
  if (comma > 0 && !tokens.slice(0, comma).some((t) => t.pos === 'VERB' || t.kind === 'quote')) start = comma + 1;
  while (tokens[start]?.kind === 'word' && ADVERBIAL_OPENERS.has((tokens[start] as Token).lower) && start < 3) start += 1;
  if (isPunct(tokens[start], ',')) start += 1;
  if (tokens[start]?.kind === 'word' && DETERMINERS.has((tokens[start] as Token).lower)) start += 1;
  let end = start;
  let firstRunEnd = -1;
  for (;;) {
    while (end < tokens.length && end - start < 10 && tokens[end]?.kind === 'word' && isPhraseWord(tokens[end] as Token)) end += 1;
    if (firstRunEnd === -1) firstRunEnd = end;
    // "The U.S. Conference of Mayors passed …", "Nicholas Bernabe of The AntiMedia is …": "of"
    // between capitalised words is inside the phrase.
    const ofThe = isWord(tokens[end + 1], 'the') ? 1 : 0;
    if (end > start && isWord(tokens[end], 'of', 'for') && isCapitalized(tokens[end - 1]) && isCapitalized(tokens[end + 1 + ofThe]))
      end += 1 + ofThe;
    else break;
  }
  if (end === start) return null;
  // The verb may follow at once or after a parenthetical: "Saucier, who lives in Vermont, pleaded".
  let verb = end;
  if (isPunct(tokens[verb], ',')) {
    const close = tokens.findIndex((t, i) => i > verb && isPunct(t, ','));
    if (close === -1 || close - verb > 20) return null;
    verb = close + 1;
  }
  const next = tokens[verb];
  if (!next || next.kind !== 'word' || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null;
  // A person of an organisation is the person: "Nicholas Bernabe of The AntiMedia".
  if (firstRunEnd < end) {
    const person = classifySpeaker(text, tokens, start, firstRunEnd);
    if (person?.type === 'named' && parsePersonName(person.name) && !isOrganisationName(person.name)) return person.name;
  }
  const speaker = classifySpeaker(text, tokens, start, end);
  return speaker?.type === 'named' ? speaker.name : null;
}
