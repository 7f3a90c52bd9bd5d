// What a name as written in news copy tells about who it names: a person with titles and roles
// ("Turkey's Foreign Minister Mevlut Cavusoglu"), a news outlet not in the registry ("the Columbus
// Dispatch"), or an organisation ("the U.S. Conference of Mayors").
import type { SourceKind } from '../domain.js';
import { NAME_PARTICLES, PERSON_ROLES } from './lexicon.js';

export type Gender = 'male' | 'female';

export interface PersonName {
  /** The personal name without titles or roles: "Mevlut Cavusoglu", "Marc J. Victor". */
  name: string;
  /** Lower-cased last word of the name, by which later mentions refer back ("Cavusoglu said"). */
  surname: string;
  /** Lower-cased given names and initials, which must not conflict for two mentions to match. */
  given: string[];
  /** Lower-cased titles and roles written with the name: "rep.", "minister", "attorney". */
  roles: string[];
  gender: Gender | null;
}

// Titles written before a personal name. The period is optional ("Mr Cruz", "Dr. Ray").
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sen',
  'senator',
  'rep',
  'representative',
  'gov',
  'governor',
  'gen',
  'general',
  'col',
  'colonel',
  'lt',
  'capt',
  'captain',
  'sgt',
  'maj',
  'adm',
  'judge',
  'justice',
  'attorney',
  'lawyer',
  'mayor',
  'president',
  'minister',
  'secretary',
  'ambassador',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'rev',
  'father',
  'pope',
  'cardinal',
  'bishop',
  'archbishop',
  'rabbi',
  'imam',
  'sir',
  'dame',
  'lord',
  'lady',
  'chancellor',
  'premier',
  'commissioner',
  'councilman',
  'councilwoman',
  'congressman',
  'congresswoman',
  'chairman',
  'chairwoman',
  'chair',
  'speaker',
  'leader',
  'agent',
  'officer',
  'detective',
  'sheriff',
  'chief',
  'deputy',
  'professor',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'prosecutor',
  'commentator',
  'conservative',
  'liberal',
  'democrat',
  'republican',
  'democratic',
]);

const MALE = new Set([
  'mr',
  'king',
  'prince',
  'sir',
  'lord',
  'father',
  'congressman',
  'councilman',
  'chairman',
  'spokesman',
  'husband',
  'brother',
  'son',
  'man',
  'boy',
  'pope',
  'cardinal',
  'bishop',
  'archbishop',
  'rabbi',
  'imam',
  'sheikh',
  'uncle',
  'grandfather',
  'stepfather',
  'dad',
]);
const FEMALE = new Set([
  'mrs',
  'ms',
  'miss',
  'queen',
  'princess',
  'dame',
  'lady',
  'congresswoman',
  'councilwoman',
  'chairwoman',
  'spokeswoman',
  'wife',
  'sister',
  'daughter',
  'woman',
  'girl',
  'mother',
  'aunt',
  'grandmother',
  'stepmother',
  'mom',
  'widow',
]);

/** Words that make a name an organisation rather than a person. */
const ORGANISATION_WORDS = new Set([
  'ministry',
  'department',
  'office',
  'organization',
  'organisation',
  'conference',
  'council',
  'committee',
  'commission',
  'court',
  'party',
  'church',
  'university',
  'college',
  'school',
  'institute',
  'foundation',
  'association',
  'union',
  'agency',
  'bureau',
  'army',
  'navy',
  'police',
  'government',
  'administration',
  'embassy',
  'consulate',
  'company',
  'corporation',
  'inc',
  'corp',
  'group',
  'coalition',
  'front',
  'movement',
  'alliance',
  'brigade',
  'brigades',
  'forces',
  'service',
  'services',
  'authority',
  'board',
  'center',
  'centre',
  'fund',
  'bank',
  'club',
  'league',
  'network',
  'society',
  'watch',
  'observatory',
  'project',
  'campaign',
  'house',
  'senate',
  'congress',
  'parliament',
  'assembly',
  'state',
  'states',
  'republic',
  'kingdom',
  'nations',
  'federation',
  'confederation',
  'guild',
  'chamber',
  'syndicate',
  'academy',
  'caucus',
  'tribunal',
  'directorate',
  'secretariat',
  'institution',
  'cooperative',
  'consortium',
  'trust',
  'facebook',
  'google',
  'twitter',
  'youtube',
  'whitehouse',
  'pentagon',
  'kremlin',
  'fbi',
  'cia',
]);

/** Words that make a name a news outlet: "the Columbus Dispatch", "Star Tribune", "Fox 4 News". */
const OUTLET_WORDS = new Set([
  'times',
  'post',
  'news',
  'journal',
  'herald',
  'tribune',
  'dispatch',
  'enquirer',
  'inquirer',
  'chronicle',
  'gazette',
  'magazine',
  'newspaper',
  'daily',
  'weekly',
  'review',
  'observer',
  'guardian',
  'telegraph',
  'independent',
  'mail',
  'express',
  'mirror',
  'standard',
  'examiner',
  'monitor',
  'reporter',
  'globe',
  'courier',
  'ledger',
  'register',
  'sentinel',
  'bulletin',
  'beacon',
  'caller',
  'insider',
  'intercept',
  'radio',
  'tv',
  'television',
  'broadcasting',
  'channel',
  'press',
  'wire',
  'newswire',
  'podcast',
  'blog',
  'online',
  'today',
  'quotidiano',
]);
const BROADCAST_WORDS = new Set(['radio', 'tv', 'television', 'broadcasting', 'channel', 'podcast']);

/** A news outlet's kind when the name says it is one ("the Columbus Dispatch"), else null. */
export function outletKindOfName(name: string): SourceKind | null {
  // North American call letters: "KNXV", "WOAI", "WFLA-TV".
  if (/^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?$/u.test(name.trim())) return 'broadcaster';
  const words = wordsOf(name);
  if (words.some((w) => /\.(?:com|org|net|ie|co\.uk)$/u.test(w))) return 'website';
  const last = words[words.length - 1] ?? '';
  // "Fox News", "Radio Free Europe", "the Daily Caller": an outlet word names the outlet itself,
  // not someone at it ("a Times reporter" is a person, and is parsed as one first).
  if (!words.some((w) => OUTLET_WORDS.has(w))) return null;
  if (PERSON_ROLES.has(last)) return null;
  return words.some((w) => BROADCAST_WORDS.has(w)) ? 'broadcaster' : 'newspaper';
}

/** Whether a name is an organisation's: "U.S. Conference of Mayors", "ADL", "the State Department". */
export function isOrganisationName(name: string): boolean {
  const raw = name.replace(/^the\s+/iu, '').split(/\s+/u);
  if (raw.length === 1 && /^[\p{Lu}&]{2,6}$/u.test(raw[0] as string)) return true;
  // Capitalised words only: "union organiser Petra Varga" is a person, "Dockworkers' Union" is not.
  return raw.filter((w) => /^\p{Lu}/u.test(w)).some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/['’]s?$/u, '')));
}

/**
 * The person a name phrase names, with the titles and roles written before the name, or null when
 * the phrase ends in no personal name ("Turkey's Foreign Minister", "the senator").
 */
export function parsePersonName(phrase: string): PersonName | null {
  const words = phrase
    .replace(/['’]s\b/gu, "'s")
    .split(/\s+/u)
    .filter(Boolean);
  // An acronym before a name is an organisation ("UN Nikki Haley"), unless the whole phrase is
  // in capitals, as names are in photo credits.
  const shouting = words.every((w) => w === w.toUpperCase());
  let start = words.length;
  while (start > 0 && isNameWord(words[start - 1] as string) && (shouting || !/^\p{Lu}{2,5}$/u.test(words[start - 1] as string)))
    start -= 1;
  while (start < words.length && NAME_PARTICLES.has(lower(words[start] as string))) start += 1;
  const nameWords = words.slice(start);
  if (nameWords.length === 0) return null;
  const last = nameWords[nameWords.length - 1] as string;
  if (/['’]s$/u.test(last) || !/\p{L}{2}/u.test(last)) return null;
  const roles = words
    .slice(0, start)
    .map(lower)
    .filter((w) => TITLES.has(w) || PERSON_ROLES.has(w));
  // "NBC Bay Area": capitalised words after an acronym, with no title or role, name a body.
  if (roles.length === 0 && start > 0 && /^\p{Lu}{2,5}$/u.test(words[start - 1] as string)) return null;
  // Honorifics are part of how the name is written but not of the name itself.
  const gender = genderOf(roles);
  return {
    name: nameWords.join(' '),
    surname: lower(last),
    given: nameWords
      .slice(0, -1)
      .map(lower)
      .filter((w) => !NAME_PARTICLES.has(w)),
    roles,
    gender,
  };
}

/** The gender titles and role nouns state: "Mrs", "congressman", "spokeswoman", "the woman". */
export function genderOf(words: readonly string[]): Gender | null {
  if (words.some((w) => MALE.has(w))) return 'male';
  if (words.some((w) => FEMALE.has(w))) return 'female';
  return null;
}

/** Whether two given-name lists can belong to one person ("Danny" and "" can; "Danny" and "Jamal" cannot). */
export function givenNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const first = (x: readonly string[]) => (x[0] as string).replace(/\.$/u, '');
  const fa = first(a);
  const fb = first(b);
  return fa === fb || (fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb));
}

function isNameWord(word: string): boolean {
  const w = lower(word);
  if (TITLES.has(w) || PERSON_ROLES.has(w)) return false;
  if (NAME_PARTICLES.has(w)) return true;
  if (/^\p{Lu}\.$/u.test(word)) return true; // an initial: "Marc J. Victor"
  if (/^\p{Ll}{1,3}[-‐]\p{Lu}/u.test(word)) return true; // "al-Raad"
  return /^\p{Lu}[\p{L}\p{M}'’‘\-‐]*$/u.test(word) && !/['’]s$/u.test(word);
}

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/['’]s$/u, ''));
}

function lower(word: string): string {
  return word.toLowerCase().replace(/\.$/u, '');
}

const FUNCTION_WORDS = new Set([
  'as',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'with',
  'for',
  'by',
  'from',
  'on',
  'at',
  'that',
  'which',
  'who',
  'than',
  'if',
]);

/**
 * Whether a phrase can name a source in the registry, rather than being a fragment of a sentence:
 * "Sen." alone, "World Health Organization (" or "as allies Hungary's fellow Visegrad countries"
 * cannot.
 */
export function isSourceName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 160 || !/\p{L}{2}/u.test(trimmed)) return false;
  if (
    /[([{,;:–—-]$/u.test(trimmed) ||
    /^[)\]},;:.]/u.test(trimmed) ||
    (/['’]s?$/u.test(trimmed) && !/^\p{Lu}[\p{L}.]*['’]s?$/u.test(trimmed))
  )
    return false;
  const words = trimmed.split(/\s+/u);
  if (words.length > 14) return false;
  if (FUNCTION_WORDS.has(words[0] as string)) return false;
  // Titles alone name nobody: "Sen.", "Mr", "the minister" is a description, kept elsewhere.
  return !words.every((w) => TITLES.has(lower(w)));
}
