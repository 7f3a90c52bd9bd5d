import { MEDIA_SOURCE_KINDS } from '../domain.js';
import type { SourceMention } from './alias-index.js';
import {
  CAPITALIZED_STOPWORDS,
  DEMONYMS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  DOCUMENT_PARTICIPLES,
  INSTITUTION_HEADS,
  MEDIA_ROLE_NOUNS,
  NAME_PARTICLES,
  NP_MODIFIERS,
  NP_PREPOSITIONS,
  OFFICIAL_VOICE_HEADS,
  PERSON_ROLES,
  POSTMODIFIER_PARTICIPLES,
  POSTMODIFIER_PREPOSITIONS,
  PRONOUNS,
  SPEAKING_NOUNS,
  UNNAMED_HEADS,
  WEEKDAYS,
} from './lexicon.js';
import { isCapitalized, isPunct, isWord, type Token } from './tokens.js';

export interface PhraseSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Who a cue attributes a statement to, before discourse context is applied: a registry source,
 * someone named in the text, an anonymous source, or a reference back ("he", "the agency").
 */
export type Speaker =
  | { type: 'registry'; mention: SourceMention; span: PhraseSpan }
  | {
      type: 'named';
      name: string;
      span: PhraseSpan;
      affiliation: SourceMention | null;
      /** Named where only an outlet can stand ("told TheDC"), whatever the name looks like. */
      outlet?: boolean;
    }
  | {
      type: 'unnamed';
      name: string;
      span: PhraseSpan;
      affiliation: SourceMention | null;
      officialVoice: boolean;
    }
  | {
      type: 'anaphor';
      head: string;
      pronoun: boolean;
      span: PhraseSpan;
      /** Without an antecedent, read it as an anonymous source (Russian has no articles, so
       * "источник сообщил" is both "the source said" and "a source said"). */
      orUnnamed?: boolean;
    };

// A speaker named in more than this is a clause, not a name (and would not fit a source record).
// Bounding phrase scans also keeps a pathological run-on "sentence" linear.
const MAX_PHRASE = 160;
const MAX_PHRASE_TOKENS = 40;
const RELATIVE_WORDS = new Set(['who', 'which', 'whose', 'that', 'familiar', 'close', 'speaking']);
const POSTMODIFIER_STARTS = new Set([
  'close',
  'familiar',
  'who',
  'which',
  'whose',
  'speaking',
  'affiliated',
  'linked',
  'loyal',
  'based',
  'allied',
  'tied',
  'connected',
  'involved',
  'briefed',
  'knowledgeable',
  'with',
  'near',
]);
const LEADING_NOISE = new Set(['so-called', 'self-styled', 'self-proclaimed', 'alleged']);
const INDEFINITE = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'several',
  'some',
  'many',
  'multiple',
  'various',
  'other',
  'numerous',
  'few',
]);

/** A capitalised word that names someone, as opposed to a title, demonym or sentence opener. */
// A sentence's first word is capitalised whatever it is: "Don't", "Asked", "Nearly".
const NOT_NOMINAL = new Set(['AUX', 'VERB', 'PART', 'PRON', 'ADV', 'ADP', 'SCONJ', 'CCONJ', 'DET', 'INTJ']);

export function isNameToken(token: Token): boolean {
  if (token.kind !== 'word') return false;
  if (token.pos && NOT_NOMINAL.has(token.pos) && !/^\p{Lu}{2,}$/u.test(token.text)) return false;
  if (/^\p{Ll}{1,3}[-\u2010]\p{Lu}/u.test(token.text)) return true; // al-Raad, el-Sisi
  if (!isCapitalized(token)) return false;
  const lower = token.lower;
  // An acronym is a name even when it spells a word: "WHO", "AND" (a party), "IT".
  if (/^\p{Lu}{2,}$/u.test(token.text) && !DEMONYMS.has(lower) && !PERSON_ROLES.has(lower)) return true;
  return !(
    CAPITALIZED_STOPWORDS.has(lower) ||
    DEMONYMS.has(lower) ||
    NP_MODIFIERS.has(lower) ||
    PERSON_ROLES.has(lower) ||
    INSTITUTION_HEADS.has(lower) ||
    MEDIA_ROLE_NOUNS.has(lower) ||
    /-(?:based|backed|led|run|linked|affiliated|owned|funded|language|born|controlled)$/u.test(lower)
  );
}

/** Whether a word may be part of a speaker's noun phrase. */
export function isPhraseWord(token: Token): boolean {
  if (token.kind === 'mention') return true;
  if (token.kind !== 'word') return false;
  if (token.pos && NOT_NOMINAL.has(token.pos) && isCapitalized(token) && !/^\p{Lu}{2,}$/u.test(token.text)) return false;
  const lower = token.lower;
  if (isCapitalized(token) && !CAPITALIZED_STOPWORDS.has(lower)) return true;
  if (isCapitalized(token) && (NP_MODIFIERS.has(lower) || DEMONYMS.has(lower))) return true;
  if (/^\p{Ll}{1,3}[-\u2010]\p{Lu}/u.test(token.text)) return true;
  const last = lower.split(/[-\u2010]/u).pop() ?? lower;
  // The tagger's nouns and adjectives make any noun phrase a possible speaker ("federal
  // prosecutors", "the indictment"), beyond the nouns the lexicon lists.
  if (token.pos === 'NOUN' || token.pos === 'PROPN' || (token.pos === 'ADJ' && !CAPITALIZED_STOPWORDS.has(lower))) return true;
  return (
    PERSON_ROLES.has(lower) ||
    PERSON_ROLES.has(last) ||
    INSTITUTION_HEADS.has(lower) ||
    MEDIA_ROLE_NOUNS.has(lower) ||
    NP_MODIFIERS.has(lower) ||
    DEMONYMS.has(lower) ||
    LEADING_NOISE.has(lower) ||
    UNNAMED_HEADS.has(lower) ||
    /-(?:based|backed|led|run|linked|affiliated|owned|funded|language|ranking|level)$/u.test(lower)
  );
}

/**
 * The noun phrase ending at token `last` (inclusive), scanning leftwards but not past `floor`.
 * Returns the index of its first token, or null when the words before the verb do not form a
 * speaker — notably when the phrase is the object of a preposition ("militants in Syria's Idlib
 * said" has no speaker "Syria's Idlib"), unless `object` says an object is wanted ("rejected by
 * officials who said …").
 */
export function phraseStartBefore(tokens: Token[], last: number, lowest: number, object = false): number | null {
  const floor = Math.max(lowest, last - MAX_PHRASE_TOKENS);
  let i = last;
  let first = last + 1;
  while (i >= floor) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' && PRONOUNS.has(t.lower) && !t.possessive) {
      if (first === last + 1) first = i;
      break;
    }
    if (t.kind === 'word' && WEEKDAYS.has(t.lower) && !t.possessive) break;
    if (t.kind === 'word' && DETERMINERS.has(t.lower)) {
      if (first > last) break;
      first = i;
      // "spokesperson for the Pentagon": a determiner after an inner preposition does not start
      // the phrase.
      const prep = tokens[i - 1];
      if (i - 1 >= floor && prep?.kind === 'word' && NP_PREPOSITIONS.has(prep.lower)) {
        i -= 1;
        continue;
      }
      break;
    }
    if (isPunct(t, ')') && i - 2 >= floor && isPunct(tokens[i - 2], '(')) {
      const inner = tokens[i - 1] as Token;
      // "Washington (CNN) Senate Republicans": an outlet in brackets is a dateline, not the name's.
      // "The Associated Press (AP)" is the outlet's own name and abbreviation.
      const named = tokens[i - 3];
      const ownAbbreviation = named?.kind === 'mention' && named.mention?.source.id === inner.mention?.source.id;
      if (inner.kind === 'mention' && inner.mention && MEDIA_SOURCE_KINDS.has(inner.mention.source.kind) && !ownAbbreviation) break;
      if ((inner.kind === 'word' && /^[\p{Lu}\d-]{2,8}$/u.test(inner.text)) || inner.kind === 'mention') {
        first = i - 2;
        i -= 3;
        continue;
      }
      break;
    }
    if (t.kind === 'word' && NP_PREPOSITIONS.has(t.lower) && first <= last) {
      const before = tokens[i - 1];
      const beforeIsHead =
        !!before &&
        i - 1 >= floor &&
        (before.kind === 'mention' ||
          (before.kind === 'word' &&
            (PERSON_ROLES.has(before.lower) ||
              INSTITUTION_HEADS.has(before.lower) ||
              MEDIA_ROLE_NOUNS.has(before.lower) ||
              UNNAMED_HEADS.has(before.lower) ||
              isNameToken(before))));
      if (beforeIsHead) {
        first = i;
        i -= 1;
        continue;
      }
      return null;
    }
    if (isPhraseWord(t)) {
      first = i;
      i -= 1;
      continue;
    }
    // "Conservative MP and top Brexiteer Jacob Rees-Mogg": titles joined before one name.
    // "Associates and relatives have long accused …": plural nouns joined, a group of speakers.
    if (
      isWord(t, 'and') &&
      first <= last &&
      i - 1 >= floor &&
      tokens[i - 1] !== undefined &&
      isPhraseWord(tokens[i - 1] as Token) &&
      (endsInName(tokens, last) || pluralNouns(tokens[i - 1] as Token, tokens[last] as Token))
    ) {
      i -= 1;
      continue;
    }
    break;
  }
  if (first > last) return null;
  const stop = tokens[first - 1];
  if (!object && first - 1 >= floor && stop && stop.kind === 'word' && isPrepositionLike(stop.lower)) return null;
  return first;
}

function pluralNouns(left: Token, right: Token): boolean {
  return [left, right].every((t) => t.kind === 'word' && (t.pos === 'NOUN' || t.pos === 'PROPN') && /[^s]s$/u.test(t.lower));
}

function endsInName(tokens: Token[], last: number): boolean {
  const t = tokens[last];
  const before = tokens[last - 1];
  return !!t && !!before && t.kind === 'word' && isNameToken(t) && isNameToken(before);
}

function isPrepositionLike(lower: string): boolean {
  return (
    NP_PREPOSITIONS.has(lower) ||
    [
      'by',
      'near',
      'into',
      'about',
      'against',
      'than',
      'like',
      'between',
      'among',
      'toward',
      'towards',
      'inside',
      'outside',
      'across',
      'under',
      'over',
      'through',
      'via',
    ].includes(lower)
  );
}

/** The phrase starting at `from` and running forward until punctuation, a clause word or
 * `limit` (exclusive): the object of "according to", "citing", "quoted … as saying". */
export function phraseEndAfter(tokens: Token[], from: number, upTo: number): number {
  const limit = Math.min(upTo, from + MAX_PHRASE_TOKENS);
  let i = from;
  let depth = 0;
  while (i < limit) {
    const t = tokens[i] as Token;
    if (t.kind === 'quote' || t.kind === 'url') break;
    if (isPunct(t, '(')) depth += 1;
    else if (isPunct(t, ')')) depth = Math.max(0, depth - 1);
    else if (t.kind === 'punct' && depth === 0 && !isPunct(t, '.', '-', '/', '&', '’', "'")) break;
    else if (isPunct(t, '.') && depth === 0) break;
    if (t.kind === 'word' && depth === 0 && ['that', 'as', 'saying'].includes(t.lower) && i > from) break;
    i += 1;
  }
  return i;
}

/** Classifies tokens [from, to) as a speaker. */
export function classifySpeaker(text: string, tokens: Token[], from: number, to: number): Speaker | null {
  if (to <= from) return null;
  let s = from;
  let determiner: string | null = null;
  while (s < to) {
    const t = tokens[s] as Token;
    if (t.kind !== 'word' || !(DETERMINERS.has(t.lower) || LEADING_NOISE.has(t.lower))) break;
    if (DETERMINERS.has(t.lower) && determiner === null) determiner = t.lower;
    s += 1;
  }
  if (s >= to) return null;
  const span = spanOf(text, tokens, from, to);
  if (span.text.length > MAX_PHRASE) return null;

  const firstWord = tokens[s] as Token;
  if (to - s === 1 && firstWord.kind === 'word' && PRONOUNS.has(firstWord.lower) && !firstWord.possessive) {
    return firstWord.lower === 'we' ? null : { type: 'anaphor', head: firstWord.lower, pronoun: true, span };
  }
  // The core ends before the first post-modifier: "sources close to …", "correspondent in
  // Damascus", "officials who spoke …".
  const coreEnd = findCoreEnd(tokens, s, to);
  const headToken = findHead(tokens.slice(s, coreEnd));
  const parts: PhraseParts = {
    span,
    nameSpan: spanOf(text, tokens, s, to),
    coreSpan: spanOf(text, tokens, s, coreEnd),
    core: tokens.slice(s, coreEnd),
    modifiers: tokens.slice(coreEnd, to),
    headToken,
    head: headToken ? headLower(headToken) : '',
    determiner,
    // Anonymous sources keep their indefinite article, as written: "a source close to …".
    unnamedSpan: determiner !== null && INDEFINITE.has(determiner) ? span : spanOf(text, tokens, s, to),
  };
  const mention = tokens.slice(s, to).find((t) => t.kind === 'mention')?.mention ?? null;
  return mention ? classifyWithMention(parts, mention) : classifyWithoutMention(parts);
}

interface PhraseParts {
  span: PhraseSpan;
  /** Without leading determiners. */
  nameSpan: PhraseSpan;
  /** Without determiners and post-modifiers. */
  coreSpan: PhraseSpan;
  core: Token[];
  modifiers: Token[];
  headToken: Token | null;
  head: string;
  determiner: string | null;
  unnamedSpan: PhraseSpan;
}

/** A phrase naming a registry source: the source itself ("Russia's Interfax news agency"),
 * someone speaking for it ("Kremlin spokesman Dmitry Orlov"), or an anonymous insider. */
function classifyWithMention(p: PhraseParts, mention: SourceMention): Speaker {
  const mentionSpan = { start: mention.start, end: mention.end, text: mention.text };
  const headIsMention = p.headToken?.kind === 'mention';
  const hasPersonalName = trailingNameRun(p.core).length > 0;
  if (hasPersonalName && !headIsMention && p.core.some((t) => t.kind === 'mention')) {
    return { type: 'named', name: p.coreSpan.text, span: p.coreSpan, affiliation: mention };
  }
  if (headIsMention || MEDIA_ROLE_NOUNS.has(p.head) || (INSTITUTION_HEADS.has(p.head) && !UNNAMED_HEADS.has(p.head))) {
    if (!headIsMention && OFFICIAL_VOICE_HEADS.has(p.head) && isIndefinite(p.determiner, p.core)) {
      return { type: 'unnamed', name: p.unnamedSpan.text, span: p.unnamedSpan, affiliation: mention, officialVoice: true };
    }
    return { type: 'registry', mention, span: mentionSpan };
  }
  if (UNNAMED_HEADS.has(p.head) || PERSON_ROLES.has(p.head)) {
    if (hasPersonalName) return { type: 'named', name: p.coreSpan.text, span: p.coreSpan, affiliation: mention };
    return {
      type: 'unnamed',
      name: p.unnamedSpan.text,
      span: p.unnamedSpan,
      affiliation: mention,
      officialVoice: OFFICIAL_VOICE_HEADS.has(p.head),
    };
  }
  return { type: 'registry', mention, span: mentionSpan };
}

/** A phrase without a registry source: a name, an anonymous source, or a back-reference. */
function classifyWithoutMention(p: PhraseParts): Speaker | null {
  const { core, head } = p;
  const definite = p.determiner !== null && !INDEFINITE.has(p.determiner);
  const owner = documentOwner(p);
  if (owner) return owner;
  // "Farrakhan's history of extreme comments includes …": a lower-case head that names no one who
  // can speak is no speaker, whatever names come before it.
  const headWord = p.headToken;
  if (
    headWord?.kind === 'word' &&
    headWord.pos === 'NOUN' &&
    headWord.text === headWord.lower &&
    !isSpeakerNoun(headWord) &&
    !PERSON_ROLES.has(head) &&
    !UNNAMED_HEADS.has(head) &&
    !INSTITUTION_HEADS.has(head) &&
    !MEDIA_ROLE_NOUNS.has(head)
  ) {
    return null;
  }
  // "US Ambassador to the UN Nikki Haley": a role with its own complement, then the name.
  if (p.modifiers.length > 0 && trailingNameRun(p.modifiers).length >= 2 && (PERSON_ROLES.has(head) || UNNAMED_HEADS.has(head))) {
    return { type: 'named', name: p.nameSpan.text, span: p.nameSpan, affiliation: null };
  }
  if (core.some(isNameToken)) {
    const role = UNNAMED_HEADS.has(head) || PERSON_ROLES.has(head);
    const indefiniteRole = p.determiner !== null && !definite && role;
    // "Obama administration officials": several people described by who they work for.
    const describedGroup = p.determiner === null && role && /[^s]s$/u.test(head) && p.headToken?.text === p.headToken?.lower;
    if ((indefiniteRole || describedGroup) && trailingNameRun(core).length === 0) {
      // "an SDF commander": capitalised, but still nobody in particular.
      return { type: 'unnamed', name: p.unnamedSpan.text, span: p.unnamedSpan, affiliation: null, officialVoice: false };
    }
    return { type: 'named', name: p.coreSpan.text, span: p.coreSpan, affiliation: null };
  }
  const hasDemonym = core.some((t) => t.kind === 'word' && DEMONYMS.has(t.lower) && isCapitalized(t));
  if (INSTITUTION_HEADS.has(head) && hasDemonym && !UNNAMED_HEADS.has(head)) {
    return { type: 'named', name: p.coreSpan.text, span: p.coreSpan, affiliation: null };
  }
  if (definite) {
    // "the National Defense Ministry": a definite phrase in title case is a proper name.
    if (core.length >= 2 && core.every((t) => t.kind === 'word' && isCapitalized(t))) {
      return { type: 'named', name: p.coreSpan.text, span: p.coreSpan, affiliation: null };
    }
    // "the commander of the IRGC Navy" identifies someone; only a bare description refers back.
    if (PERSON_ROLES.has(head) && p.modifiers.some((t) => isNameToken(t) || t.kind === 'mention')) {
      return { type: 'named', name: p.nameSpan.text, span: p.nameSpan, affiliation: null };
    }
    if (
      PERSON_ROLES.has(head) ||
      UNNAMED_HEADS.has(head) ||
      INSTITUTION_HEADS.has(head) ||
      MEDIA_ROLE_NOUNS.has(head) ||
      isSpeakerNoun(p.headToken)
    ) {
      return { type: 'anaphor', head, pronoun: false, span: p.span };
    }
    return null;
  }
  // "prosecutors", "federal investigators", "an official statement": described, not named. A
  // plural role opening a sentence ("Prosecutors said") is tagged as a name but is none.
  if (UNNAMED_HEADS.has(head) || isSpeakerNoun(p.headToken) || (PERSON_ROLES.has(head) && /[^s]s$/u.test(head))) {
    return { type: 'unnamed', name: p.unnamedSpan.text, span: p.unnamedSpan, affiliation: null, officialVoice: false };
  }
  return null;
}

/**
 * "J Street's statement", "WHO estimates", "the Kremlin's readout": a document speaks for whoever
 * the name before it is, so that name is the speaker.
 */
function documentOwner(p: PhraseParts): Speaker | null {
  const last = p.core[p.core.length - 1];
  if (!last || last.kind !== 'word' || !DOCUMENT_NOUNS.has(last.lemma ?? last.lower) || isCapitalized(last)) return null;
  let end = p.core.length - 1;
  while (end > 0 && (p.core[end - 1] as Token).kind === 'word' && !isNameToken(p.core[end - 1] as Token)) end -= 1;
  const names = p.core.slice(0, end);
  if (names.length === 0 || !names.every((t) => t.kind === 'word' && (isNameToken(t) || NAME_PARTICLES.has(t.lower)))) return null;
  const first = names[0] as Token;
  const lastName = names[names.length - 1] as Token;
  const text = p.span.text.slice(first.start - p.span.start, lastName.end - p.span.start).replace(/['’]s?$/u, '');
  const span = { start: first.start, end: first.start + text.length, text };
  return { type: 'named', name: text, span, affiliation: null };
}

/**
 * Whether the participle at `i` opens a post-modifier: "affiliated to …", "released after …",
 * "released on Monday" — but not "based on the fact that …".
 */
export function opensPostModifier(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word' || t.text !== t.lower || !POSTMODIFIER_PARTICIPLES.has(t.lower)) return false;
  const next = tokens[i + 1]?.lower ?? '';
  return POSTMODIFIER_PREPOSITIONS.has(next) || (next === 'on' && DOCUMENT_PARTICIPLES.has(t.lower));
}

/**
 * Where the head part of a phrase ends: before a post-modifier ("sources close to …",
 * "correspondent in Damascus", "a member of parliament's …"), but not inside a multi-word proper
 * name ("Center for Reconciliation", "Ministry of Defence").
 */
function findCoreEnd(tokens: Token[], from: number, to: number): number {
  for (let i = from + 1; i < to; i += 1) {
    const t = tokens[i] as Token;
    if (isPunct(t, ',')) return i;
    if (t.kind !== 'word') continue;
    // Lower case only: "WHO" is the World Health Organization, not a relative pronoun.
    if ((POSTMODIFIER_STARTS.has(t.lower) || RELATIVE_WORDS.has(t.lower)) && t.text === t.lower) return i;
    // "an official statement released after a cabinet meeting": the participle opens a post-modifier.
    if (opensPostModifier(tokens, i)) return i;
    if (!NP_PREPOSITIONS.has(t.lower)) continue;
    const next = tokens[i + 1];
    const joinsName =
      ['of', 'for'].includes(t.lower) && !!next && (isNameToken(next) || (isCapitalized(next) && INSTITUTION_HEADS.has(next.lower)));
    if (!joinsName) return i;
  }
  return to;
}

/**
 * A noun that can name who or what states something: a person or body by its agent ending
 * ("investigators", "prosecutors", "residents", "employee") or a noun listed as speaking
 * ("indictment", "relatives"), but not "symptoms" or "measures".
 */
function isSpeakerNoun(token: Token | null): boolean {
  if (token?.kind !== 'word') return false;
  const lemma = token.lemma ?? token.lower;
  // As the head of a phrase a listed noun is a noun, whatever the tagger made of it ("a health alert").
  if (token.pos === 'ADJ' && SPEAKING_NOUNS.has(token.lower)) return true;
  if (token.pos !== 'NOUN') return false;
  return SPEAKING_NOUNS.has(lemma) || AGENT_ENDING.test(lemma);
}

const AGENT_ENDING = /(?:[^aeiou]er|[^aeiou]or|ist|ian|[^m]ant|[^m]ent|eer|ee|tive|man|woman|person)$/u;

function isIndefinite(determiner: string | null, core: Token[]): boolean {
  if (determiner !== null) return INDEFINITE.has(determiner);
  return !core.some((t) => t.kind === 'word' && t.possessive);
}

function findHead(core: Token[]): Token | null {
  for (let i = core.length - 1; i >= 0; i -= 1) {
    const t = core[i] as Token;
    if (t.kind === 'mention') return t;
    if (t.kind !== 'word') continue;
    // "Farrakhan's history": a possessive name owns the noun after it, which is the head.
    if (t.possessive && i < core.length - 1) return core[core.length - 1] as Token;
    const lower = headLower(t);
    if (
      PERSON_ROLES.has(lower) ||
      UNNAMED_HEADS.has(lower) ||
      INSTITUTION_HEADS.has(lower) ||
      MEDIA_ROLE_NOUNS.has(lower) ||
      isNameToken(t)
    ) {
      return t;
    }
  }
  return core[core.length - 1] ?? null;
}

function headLower(token: Token): string {
  const lower = token.lower;
  const last = lower.split(/[-\u2010]/u).pop() ?? lower;
  return PERSON_ROLES.has(lower) || UNNAMED_HEADS.has(lower) ? lower : PERSON_ROLES.has(last) ? last : lower;
}

/** The personal name at the end of a phrase ("… spokesman Naji Mustafa"), if any. */
function trailingNameRun(core: Token[]): Token[] {
  const run: Token[] = [];
  for (let i = core.length - 1; i >= 0; i -= 1) {
    const t = core[i] as Token;
    if (t.kind === 'word' && (isNameToken(t) || NAME_PARTICLES.has(t.lower)) && !t.possessive) {
      run.unshift(t);
      continue;
    }
    break;
  }
  while (run.length && NAME_PARTICLES.has((run[0] as Token).lower) && !isNameToken(run[0] as Token)) run.shift();
  return run;
}

export function spanOf(text: string, tokens: Token[], from: number, to: number): PhraseSpan {
  const start = (tokens[from] as Token).start;
  const end = (tokens[to - 1] as Token).end;
  return { start, end, text: text.slice(start, end) };
}
