import type { SourceMention } from './alias-index.js';
import {
  CAPITALIZED_STOPWORDS,
  DEMONYMS,
  DETERMINERS,
  INSTITUTION_HEADS,
  MEDIA_ROLE_NOUNS,
  NAME_PARTICLES,
  NP_MODIFIERS,
  NP_PREPOSITIONS,
  OFFICIAL_VOICE_HEADS,
  PERSON_ROLES,
  PRONOUNS,
  UNNAMED_HEADS,
} from './lexicon.js';
import { isCapitalized, isPunct, type Token } from './tokens.js';

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
  | { type: 'named'; name: string; span: PhraseSpan; affiliation: SourceMention | null }
  | {
      type: 'unnamed';
      name: string;
      span: PhraseSpan;
      affiliation: SourceMention | null;
      officialVoice: boolean;
    }
  | { type: 'anaphor'; head: string; pronoun: boolean; span: PhraseSpan };

const RELATIVE_WORDS = new Set(['who', 'which', 'whose', 'that', 'familiar', 'close', 'speaking']);
const POSTMODIFIER_STARTS = new Set([
  'close', 'familiar', 'who', 'which', 'whose', 'speaking', 'affiliated', 'linked', 'loyal',
  'based', 'allied', 'tied', 'connected', 'involved', 'briefed', 'knowledgeable', 'with', 'near',
]);
const LEADING_NOISE = new Set(['so-called', 'self-styled', 'self-proclaimed', 'alleged']);
const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'some',
  'many', 'multiple', 'various', 'other', 'numerous', 'few']);

/** A capitalised word that names someone, as opposed to a title, demonym or sentence opener. */
export function isNameToken(token: Token): boolean {
  if (token.kind !== 'word') return false;
  if (/^\p{Ll}{1,3}[-\u2010]\p{Lu}/u.test(token.text)) return true; // al-Raad, el-Sisi
  if (!isCapitalized(token)) return false;
  const lower = token.lower;
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
  const lower = token.lower;
  if (isCapitalized(token) && !CAPITALIZED_STOPWORDS.has(lower)) return true;
  if (isCapitalized(token) && (NP_MODIFIERS.has(lower) || DEMONYMS.has(lower))) return true;
  if (/^\p{Ll}{1,3}[-\u2010]\p{Lu}/u.test(token.text)) return true;
  const last = lower.split(/[-\u2010]/u).pop() ?? lower;
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
 * said" has no speaker "Syria's Idlib").
 */
export function phraseStartBefore(tokens: Token[], last: number, floor: number): number | null {
  let i = last;
  let first = last + 1;
  while (i >= floor) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' && PRONOUNS.has(t.lower) && !t.possessive) {
      if (first === last + 1) first = i;
      break;
    }
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
    break;
  }
  if (first > last) return null;
  const stop = tokens[first - 1];
  if (first - 1 >= floor && stop && stop.kind === 'word' && isPrepositionLike(stop.lower)) return null;
  return first;
}

function isPrepositionLike(lower: string): boolean {
  return (
    NP_PREPOSITIONS.has(lower) ||
    ['by', 'near', 'into', 'about', 'against', 'than', 'like', 'between', 'among', 'toward',
      'towards', 'inside', 'outside', 'across', 'under', 'over', 'through', 'via'].includes(lower)
  );
}

/** The phrase starting at `from` and running forward until punctuation, a clause word or
 * `limit` (exclusive): the object of "according to", "citing", "quoted … as saying". */
export function phraseEndAfter(tokens: Token[], from: number, limit: number): number {
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
    if (t.kind === 'word' && (DETERMINERS.has(t.lower) || LEADING_NOISE.has(t.lower))) {
      if (DETERMINERS.has(t.lower) && determiner === null) determiner = t.lower;
      s += 1;
      continue;
    }
    break;
  }
  if (s >= to) return null;
  const span = spanOf(text, tokens, from, to);
  const nameSpan = spanOf(text, tokens, s, to);

  const firstWord = tokens[s] as Token;
  if (to - s === 1 && firstWord.kind === 'word' && PRONOUNS.has(firstWord.lower) && !firstWord.possessive) {
    return firstWord.lower === 'we' ? null : { type: 'anaphor', head: firstWord.lower, pronoun: true, span };
  }

  // The core ends before the first post-modifier: "sources close to …", "correspondent in
  // Damascus", "officials who spoke …".
  const coreEnd = findCoreEnd(tokens, s, to);
  const coreSpan = spanOf(text, tokens, s, coreEnd);
  const core = tokens.slice(s, coreEnd);
  const mentions = tokens.slice(s, to).filter((t) => t.kind === 'mention');
  const headToken = findHead(core);
  const head = headToken ? headLower(headToken) : '';
  const names = trailingNameRun(core);
  const mention = mentions[0]?.mention ?? null;

  if (mention) {
    const headIsMention = headToken?.kind === 'mention';
    if (names.length > 0 && !headIsMention && core.some((t) => t.kind === 'mention')) {
      return { type: 'named', name: coreSpan.text, span: coreSpan, affiliation: mention };
    }
    if (headIsMention || MEDIA_ROLE_NOUNS.has(head) || (INSTITUTION_HEADS.has(head) && !UNNAMED_HEADS.has(head))) {
      if (!headIsMention && OFFICIAL_VOICE_HEADS.has(head) && isIndefinite(determiner, core)) {
        return { type: 'unnamed', name: nameSpan.text, span: nameSpan, affiliation: mention, officialVoice: true };
      }
      return { type: 'registry', mention, span };
    }
    if (UNNAMED_HEADS.has(head) || PERSON_ROLES.has(head)) {
      if (names.length > 0) return { type: 'named', name: coreSpan.text, span: coreSpan, affiliation: mention };
      return {
        type: 'unnamed',
        name: nameSpan.text,
        span: nameSpan,
        affiliation: mention,
        officialVoice: OFFICIAL_VOICE_HEADS.has(head),
      };
    }
    return { type: 'registry', mention, span };
  }

  const hasName = core.some(isNameToken);
  const definite = determiner !== null && !INDEFINITE.has(determiner);
  if (hasName) {
    if (!definite && determiner !== null && (UNNAMED_HEADS.has(head) || PERSON_ROLES.has(head)) && names.length === 0) {
      return { type: 'unnamed', name: nameSpan.text, span: nameSpan, affiliation: null, officialVoice: false };
    }
    return { type: 'named', name: coreSpan.text, span: coreSpan, affiliation: null };
  }
  const hasDemonym = core.some((t) => t.kind === 'word' && DEMONYMS.has(t.lower) && isCapitalized(t));
  if (INSTITUTION_HEADS.has(head) && hasDemonym && !UNNAMED_HEADS.has(head)) {
    return { type: 'named', name: coreSpan.text, span: coreSpan, affiliation: null };
  }
  if (definite) {
    if (PERSON_ROLES.has(head) || UNNAMED_HEADS.has(head) || INSTITUTION_HEADS.has(head) || MEDIA_ROLE_NOUNS.has(head)) {
      return { type: 'anaphor', head, pronoun: false, span };
    }
    if (/-based$/u.test(head) || head === 'broadcaster') return { type: 'anaphor', head, pronoun: false, span };
    return null;
  }
  if (UNNAMED_HEADS.has(head)) {
    return { type: 'unnamed', name: nameSpan.text, span: nameSpan, affiliation: null, officialVoice: false };
  }
  return null;
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
    if (POSTMODIFIER_STARTS.has(t.lower) || RELATIVE_WORDS.has(t.lower)) return i;
    if (!NP_PREPOSITIONS.has(t.lower)) continue;
    const next = tokens[i + 1];
    const joinsName =
      ['of', 'for'].includes(t.lower) &&
      !!next &&
      (isNameToken(next) || (isCapitalized(next) && INSTITUTION_HEADS.has(next.lower)));
    if (!joinsName) return i;
  }
  return to;
}

function isIndefinite(determiner: string | null, core: Token[]): boolean {
  if (determiner !== null) return INDEFINITE.has(determiner);
  return !core.some((t) => t.kind === 'word' && t.possessive);
}

function findHead(core: Token[]): Token | null {
  for (let i = core.length - 1; i >= 0; i -= 1) {
    const t = core[i] as Token;
    if (t.kind === 'mention') return t;
    if (t.kind !== 'word') continue;
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
