// Who is who in one document: every source a region of text names or describes, so that "he",
// "the congressman" and "Davis" resolve to the Rep. Danny Davis named earlier, and one person is
// one source however the text refers to them.
import type { SourceKind } from '../domain.js';
import type { ChainHop } from './chains.js';
import type { Frame } from './frame.js';
import { DOCUMENT_PARTICIPLES, INSTITUTION_ANAPHORA, PERSON_ROLES, UNNAMED_HEADS } from './lexicon.js';
import { onlyPersonWithRole } from './named-roles.js';
import { type Gender, genderOf, givenNamesAgree, isOrganisationName, outletKindOfName, parsePersonName, type PersonName } from './names.js';
import type { RegistrySource } from './types.js';

export interface Entity {
  /** How the document names it; for a person the fullest personal name seen so far. */
  name: string;
  sourceKind: SourceKind;
  registry: RegistrySource | null;
  person: PersonName | null;
  /** Titles, roles and head nouns it has been described by: "rep.", "congressman", "official". */
  roles: Set<string>;
  gender: Gender | null;
  plural: boolean;
  /** The last sentence that named it or referred to it. */
  lastSentence: number;
  /** When it was last named or referred to, finer than the sentence: within one, the later wins. */
  salience: number;
  /** How often it was named or referred to. */
  mentions: number;
  /** The newest attribution ending in it, which "he added" continues. */
  chain: ChainHop[] | null;
  chainSentence: number;
}

export interface Discourse {
  entities: Entity[];
  /** Look-ups by what identifies an entity, so a long document stays linear. */
  byRegistry: Map<string, Entity>;
  bySurname: Map<string, Entity[]>;
  /** Organisations and descriptions, by their name in lower case. */
  byName: Map<string, Entity>;
  /** Every entity in the order it was named or referred to: recent ones are found from the end. */
  touches: { entity: Entity; sentence: number }[];
  /** Acronyms the document defines: "WHO" → "World Health Organization". */
  acronyms: ReadonlyMap<string, string>;
  /** Role → the people the whole document names with it ("Foreign Minister Mevlut Cavusoglu"). */
  namedRoles: ReadonlyMap<string, readonly string[]>;
  resolvedFrames: WeakMap<Frame, ChainHop[]>;
  /** The organisation named most often so far, and whether another is named as often. */
  leadingOrganisation: { entity: Entity; tied: boolean } | null;
}

// Windows in sentences. A pronoun reaches back a few sentences, a role ("the minister") a little
// further, an institution ("the agency") further still: news prose changes speakers quickly.
const PRONOUN_WINDOW = 4;
const ROLE_WINDOW = 10;
const INSTITUTION_WINDOW = 14;

/** Role nouns that name one another: "Rep. Danny Davis" is "the congressman". */
const ROLE_SYNONYMS: readonly (readonly string[])[] = [
  ['rep', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'legislator'],
  ['sen', 'senator', 'lawmaker', 'legislator'],
  ['attorney', 'lawyer', 'counsel'],
  ['judge', 'justice'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['gov', 'governor'],
  ['gen', 'general', 'commander'],
  ['source', 'sources', 'insider', 'insiders'],
  ['official', 'officials'],
  ['minister', 'ministers'],
  ['president', 'leader'],
  ['employee', 'worker', 'staffer'],
  // Documents are referred back to by another word for the same kind of text.
  ['alert', 'notification', 'notice', 'advisory'],
  ['statement', 'release', 'communique', 'readout'],
];

/** "the company", "the group": an organisation named earlier, whatever it is called. */
const ORGANISATION_HEADS = new Set([
  'company',
  'firm',
  'group',
  'organization',
  'organisation',
  'body',
  'campaign',
  'movement',
  'party',
  'network',
  'platform',
  'giant',
  'chain',
  'union',
  'association',
  'charity',
  'league',
]);

export function newDiscourse(
  acronyms: ReadonlyMap<string, string> = new Map(),
  namedRoles: ReadonlyMap<string, readonly string[]> = new Map(),
): Discourse {
  return {
    entities: [],
    byRegistry: new Map(),
    bySurname: new Map(),
    byName: new Map(),
    touches: [],
    acronyms,
    namedRoles,
    resolvedFrames: new WeakMap(),
    leadingOrganisation: null,
  };
}

/** The entity of a registry source, one per source. */
export function trackRegistry(discourse: Discourse, source: RegistrySource, sentence: number): Entity {
  const found = discourse.byRegistry.get(source.id);
  if (found) return touch(discourse, found, sentence);
  return add(
    discourse,
    { name: source.name, sourceKind: source.kind, registry: source, person: null, roles: new Set(), gender: null, plural: false },
    sentence,
  );
}

/**
 * The entity a name refers to. A person's later mention by surname alone ("Cavusoglu") or with
 * another title ("Foreign Minister Mevlut Cavusoglu") is the same person, unless given names
 * disagree. `referredBack` says whether the name was seen before, so a chain may continue.
 */
export function trackNamed(
  discourse: Discourse,
  written: string,
  sentence: number,
  isOutlet = false,
): { entity: Entity; referredBack: boolean } {
  // "the World Health Organization (WHO)" and a later "WHO" are one source, named in full.
  const bare = written.replace(/^the\s+/iu, '').replace(/\s*\(\p{Lu}[\p{Lu}&.]{1,7}\)$/u, '');
  const name = discourse.acronyms.get(bare.replace(/\./gu, '')) ?? bare;
  const outletKind = outletKindOfName(name) ?? (isOutlet ? 'website' : null);
  // "WHO official Peter Salama" is the official, though the phrase names an organisation too.
  const parsed = outletKind ? null : parsePersonName(name);
  const person = parsed && (!isOrganisationName(name) || roleBeforeName(name, parsed)) ? parsed : null;
  if (person) {
    const found = findPerson(discourse, person);
    if (found) {
      mergePerson(found, person);
      return { entity: touch(discourse, found, sentence), referredBack: true };
    }
    const entity = add(
      discourse,
      {
        name: person.name,
        sourceKind: 'person',
        registry: null,
        person,
        roles: new Set(person.roles),
        gender: person.gender,
        plural: false,
      },
      sentence,
    );
    return { entity, referredBack: false };
  }
  // "Turkey's Foreign Minister accused …": a role without a name is the one person the document
  // names with that role, if it names exactly one.
  if (!person && !outletKind && !isOrganisationName(name)) {
    const role = name.toLowerCase().split(/\s+/u).pop() ?? '';
    const named = PERSON_ROLES.has(role) ? onlyPersonWithRole(discourse.namedRoles, role) : null;
    if (named) return trackNamed(discourse, named, sentence);
  }
  // "bipartisan U.S. Conference of Mayors": an organisation is named from its first capital.
  const body = isOrganisationName(name) ? name.replace(/^(?:\p{Ll}[\p{L}-]*\s+)+(?=\p{Lu})/u, '') : name;
  const key = body.toLowerCase();
  const found = discourse.byName.get(key);
  if (found) return { entity: touch(discourse, found, sentence), referredBack: true };
  const sourceKind: SourceKind = outletKind ?? (isOrganisationName(name) ? 'official' : 'person');
  const entity = add(
    discourse,
    { name: body, sourceKind, registry: null, person: null, roles: new Set(), gender: null, plural: false },
    sentence,
  );
  return { entity, referredBack: false };
}

/** Whether a role or title comes right before the personal name: "WHO official Peter Salama". */
function roleBeforeName(phrase: string, person: PersonName): boolean {
  const before = phrase.slice(0, phrase.lastIndexOf(person.name)).trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
  return person.roles.includes(before.replace(/\.$/u, '')) || person.roles.includes(before);
}

/** An anonymous source ("a senior Turkish official"): a new one each time it is introduced. */
export function trackUnnamed(discourse: Discourse, written: string, sentence: number): Entity {
  const words = headWords(written);
  return add(
    discourse,
    // Known by its head noun: "a US embassy official" is "the official", not "the embassy".
    {
      name: written,
      sourceKind: 'unnamed',
      registry: null,
      person: null,
      roles: new Set([headOf(words)]),
      gender: genderOf(words),
      plural: isPlural(words),
    },
    sentence,
  );
}

/** A definite description with nothing to refer back to ("the military experts", "the complaint"). */
export function trackDescription(discourse: Discourse, written: string, head: string, sentence: number): Entity {
  // "the judge" stays as written: without its article a bare title would name nobody.
  const name = written.replace(/^The\s+/u, 'the ');
  const found = discourse.byName.get(name.toLowerCase());
  if (found) return touch(discourse, found, sentence);
  const words = headWords(name);
  return add(
    discourse,
    {
      name,
      sourceKind: 'unnamed',
      registry: null,
      person: null,
      roles: new Set([head, ...words]),
      gender: genderOf(words),
      plural: isPlural([head]),
    },
    sentence,
  );
}

/**
 * Someone a sentence is about, named as its subject, so a later "he", "she", "they" or "the group"
 * can refer to them although they were not quoted yet.
 */
export function noteMention(discourse: Discourse, written: string, sentence: number): void {
  const name = written.replace(/^the\s+/iu, '');
  if (outletKindOfName(name) || (!isOrganisationName(name) && !parsePersonName(name))) return;
  trackNamed(discourse, name, sentence);
}

/**
 * A person already known who is named again anywhere in a sentence ("the intervention by Mr Creed
 * today") is the newest candidate for a following "he" or "she". Nobody new is added: a name
 * outside an attribution or a subject is too often a place, a team or a title.
 */
export function noteKnownPerson(discourse: Discourse, written: string, sentence: number): void {
  const person = parsePersonName(written);
  const found = person ? findPerson(discourse, person) : null;
  if (found) touch(discourse, found, sentence);
}

/** Whether the document has named this person already ("Abid" after "Abid Awan"). */
export function isKnownPerson(discourse: Discourse, written: string): boolean {
  const person = parsePersonName(written);
  return !!person && findPerson(discourse, person) !== null;
}

/** "he", "she", "they", "it": the newest compatible entity within a few sentences. */
export function resolvePronoun(discourse: Discourse, pronoun: string, sentence: number): Entity | null {
  const recent = recentEntities(discourse, sentence, PRONOUN_WINDOW);
  let found: Entity | undefined;
  if (pronoun === 'he' || pronoun === 'she') {
    const gender: Gender = pronoun === 'he' ? 'male' : 'female';
    found = recent.find(
      (e) => (e.person !== null || (e.sourceKind === 'unnamed' && !e.plural && isSomeone(e))) && (e.gender === null || e.gender === gender),
    );
    if (found && found.gender === null) found.gender = gender;
  } else if (pronoun === 'they') {
    found = recent.find((e) => e.plural || (e.person === null && e.sourceKind !== 'person'));
  } else if (pronoun === 'it') {
    found = recent.find((e) => e.person === null && !e.plural && e.sourceKind !== 'person');
  }
  return found ?? null;
}

/**
 * "the congressman", "the agency", "the woman": the newest entity the description fits — by a
 * role or title it was given, by the kind of outlet, or by gender — or null when none does.
 */
export function resolveDescription(discourse: Discourse, head: string, sentence: number, written = ''): Entity | null {
  const institutionKinds = INSTITUTION_ANAPHORA[head];
  if (institutionKinds) {
    const outlet = recentEntities(discourse, sentence, INSTITUTION_WINDOW).find(
      (e) => institutionKinds.includes(e.sourceKind) || nameWords(e).includes(head),
    );
    if (outlet) return outlet;
  }
  if (ORGANISATION_HEADS.has(head)) {
    // Long after it was last named, "the group" is still the organisation the document is about.
    const organisation = recentEntities(discourse, sentence, INSTITUTION_WINDOW).find(isOrganisation) ?? mainOrganisation(discourse);
    if (organisation) return organisation;
  }
  // "the source familiar with the report" is the one described so before, however long ago, or
  // a source of its own; never just the last one quoted.
  const described = head === 'source' ? postModifierOf(headWords(written)) : null;
  if (described) {
    return (
      discourse.entities.findLast((e) => e.sourceKind === 'unnamed' && !e.plural && postModifierOf(headWords(e.name)) === described) ?? null
    );
  }
  const gender = genderOf([head]);
  const synonyms = synonymsOf(head);
  const recent = recentEntities(discourse, sentence, ROLE_WINDOW);
  const byRole = recent.find((e) => !e.registry && [...e.roles].some((r) => synonyms.has(r)));
  if (byRole) return byRole;
  // "the source", "that source": whichever anonymous source the text last introduced — a person,
  // not "the report" the source is familiar with.
  if (head === 'source') {
    const anonymous = recent.find((e) => e.sourceKind === 'unnamed' && !e.plural && isSomeone(e));
    if (anonymous) return anonymous;
  }
  const named = PERSON_ROLES.has(head) ? onlyPersonWithRole(discourse.namedRoles, head) : null;
  if (named) return trackNamed(discourse, named, sentence).entity;
  if (gender && ['man', 'woman', 'boy', 'girl'].includes(head)) {
    return recent.find((e) => (e.person !== null || e.sourceKind === 'unnamed') && !e.plural && e.gender === gender) ?? null;
  }
  return null;
}

/** A named body, as opposed to a person or an anonymous source. */
function isOrganisation(entity: Entity): boolean {
  return entity.person === null && entity.sourceKind !== 'unnamed' && entity.sourceKind !== 'person';
}

/** An anonymous source that is a person ("an official", "a witness"), not a body ("the board"). */
function isSomeone(entity: Entity): boolean {
  return (
    entity.gender !== null ||
    [...entity.roles].some(
      (r) => PERSON_ROLES.has(r) || (UNNAMED_HEADS.has(r) && !['report', 'reports', 'media', 'outlet', 'outlets'].includes(r)),
    )
  );
}

function recentEntities(discourse: Discourse, sentence: number, window: number): Entity[] {
  const seen = new Set<Entity>();
  for (let i = discourse.touches.length - 1; i >= 0; i -= 1) {
    const touched = discourse.touches[i] as { entity: Entity; sentence: number };
    if (sentence - touched.sentence > window) break;
    const e = touched.entity;
    if (sentence - e.lastSentence <= window && e.lastSentence <= sentence) seen.add(e);
  }
  return [...seen].sort((a, b) => b.lastSentence - a.lastSentence || b.salience - a.salience);
}

function findPerson(discourse: Discourse, person: PersonName): Entity | null {
  const candidates = (discourse.bySurname.get(person.surname) ?? []).filter((e) =>
    givenNamesAgree((e.person as PersonName).given, person.given),
  );
  // The newest one, should two people share a surname.
  return candidates.sort((a, b) => b.lastSentence - a.lastSentence)[0] ?? null;
}

function mergePerson(entity: Entity, person: PersonName): void {
  const known = entity.person as PersonName;
  if (person.given.length > known.given.length) {
    entity.person = { ...person, roles: [...known.roles, ...person.roles] };
    entity.name = person.name;
  }
  for (const role of person.roles) entity.roles.add(role);
  entity.gender ??= person.gender;
}

function synonymsOf(head: string): Set<string> {
  const set = new Set([head]);
  for (const group of ROLE_SYNONYMS) if (group.includes(head)) for (const word of group) set.add(word);
  return set;
}

function nameWords(entity: Entity): string[] {
  const names = [entity.name, ...(entity.registry?.aliases.map((a) => a.alias) ?? [])];
  return names
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
}

function headWords(written: string): string[] {
  return written
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

// Words that start a post-modifier: the head noun is the last word before them ("an official
// familiar with its contents" is one official, "sources close to the army" several).
const POSTMODIFIER_WORDS = new Set([
  'familiar',
  'close',
  'with',
  'in',
  'from',
  'who',
  'that',
  'which',
  'at',
  'of',
  'on',
  'near',
  'for',
  'to',
  'based',
  'seen',
  // "a health alert sent Wednesday", "emails reviewed in the investigation"
  ...DOCUMENT_PARTICIPLES,
]);

/** The word that opens a phrase's post-modifier: "familiar" in "an official familiar with …". */
function postModifierOf(words: readonly string[]): string | null {
  return words.find((w, i) => i > 0 && DESCRIBING_POSTMODIFIERS.has(w)) ?? null;
}

const DESCRIBING_POSTMODIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved']);

function headOf(words: readonly string[]): string {
  const end = words.findIndex((w, i) => i > 0 && POSTMODIFIER_WORDS.has(w));
  return (end === -1 ? words[words.length - 1] : words[end - 1]) ?? '';
}

function isPlural(words: readonly string[]): boolean {
  const head = headOf(words);
  return /[^s]s$/u.test(head) || ['people', 'police', 'staff', 'media', 'personnel'].includes(head);
}

// Only the order of touches matters, so one counter serves every document.
let clock = 0;

function touch(discourse: Discourse, entity: Entity, sentence: number): Entity {
  entity.lastSentence = Math.max(entity.lastSentence, sentence);
  entity.salience = ++clock;
  entity.mentions += 1;
  discourse.touches.push({ entity, sentence });
  if (isOrganisation(entity)) countOrganisation(discourse, entity);
  return entity;
}

function countOrganisation(discourse: Discourse, entity: Entity): void {
  const leading = discourse.leadingOrganisation;
  if (!leading || leading.entity === entity || entity.mentions > leading.entity.mentions)
    discourse.leadingOrganisation = { entity, tied: false };
  else if (entity.mentions === leading.entity.mentions) leading.tied = true;
}

/** The organisation the document is about: named most often, at least twice, and alone in that. */
function mainOrganisation(discourse: Discourse): Entity | null {
  const leading = discourse.leadingOrganisation;
  return leading && !leading.tied && leading.entity.mentions >= 2 ? leading.entity : null;
}

/** Makes an entity the most recent of its sentence: the speaker a sentence quotes, a pronoun's referent. */
export function makeSalient(discourse: Discourse, entity: Entity, sentence: number): void {
  touch(discourse, entity, sentence);
}

function add(
  discourse: Discourse,
  fields: Omit<Entity, 'lastSentence' | 'salience' | 'mentions' | 'chain' | 'chainSentence'>,
  sentence: number,
): Entity {
  const entity: Entity = { ...fields, lastSentence: sentence, salience: 0, mentions: 0, chain: null, chainSentence: -1 };
  discourse.entities.push(entity);
  if (entity.registry) discourse.byRegistry.set(entity.registry.id, entity);
  else if (entity.person)
    discourse.bySurname.set(entity.person.surname, [...(discourse.bySurname.get(entity.person.surname) ?? []), entity]);
  else if (!discourse.byName.has(entity.name.toLowerCase())) discourse.byName.set(entity.name.toLowerCase(), entity);
  return touch(discourse, entity, sentence);
}
