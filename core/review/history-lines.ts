// The audit trail in words, the same in the app's timeline, the dashboard's activity and in every
// report: what changed, from what to what. The history stores raw values (status keys, rating IDs,
// offsets, JSON snapshots) under the field names the workbench uses; both are spelled out here.
import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  CUE_STANCES,
  EVIDENCE_KINDS,
  EVIDENCE_STANCES,
  type HistoryEvent,
  HOP_KINDS,
  type Rating,
  SOURCE_KINDS,
} from '../domain.js';
import { CHECKWORTHINESS_LABELS, CLAIM_KIND_LABELS } from '../vocabulary/claim-kinds.js';
import { EVIDENCE_KIND_LABELS } from '../vocabulary/evidence-kinds.js';
import { HOP_KIND_LABELS } from '../vocabulary/hop-kinds.js';
import { SOURCE_KIND_LABELS } from '../vocabulary/source-kinds.js';
import { CUE_STANCE_LABELS, EVIDENCE_STANCE_LABELS } from '../vocabulary/stances.js';
import { STATUS_LABELS } from '../vocabulary/status-labels.js';
import { appearanceSnapshot } from './appearance-history.js';
import { type HopSnapshot, readStoredChain, readStoredRationale } from './history-snapshots.js';
import { type HistoryValue, label, list, prose, shorten, verbatim, words } from './history-values.js';

export interface HistoryLine {
  id: string;
  at: string;
  actor: string;
  /** What happened, e.g. "Changed the status". */
  what: string;
  /** The value before and after, as text; null where there was none to show. */
  from: string | null;
  to: string | null;
  /** The whole change in one line, for a printed report: "Changed the status: In review → Done". */
  sentence: string;
}

/** The ratings a verdict may name, matched by ID or by key. */
export type HistoryRating = Pick<Rating, 'id' | 'key' | 'label'>;

/** How long a value may be on screen, where it has a line of its own. */
const MAX_SHOWN = 240;
/** How long a value may be inside a report's one-line sentence. */
const MAX_IN_SENTENCE = 60;

type ShowValue = (stored: string | null, ratings: readonly HistoryRating[]) => HistoryValue | null;

/** How one recorded field is worded: what a change to it is called, and how its values read. */
export interface FieldWording {
  /** The field in a sentence: "Changed the status", "Took the status from a merged bundle". */
  name: string;
  /** How a stored value reads; values a person cannot read (offsets, IDs) are not shown at all. */
  show: ShowValue | 'hidden';
  /** The line's words where they depend on the change: marking, moving or clearing a boundary. */
  changed?: (from: string | null, to: string | null) => string;
  /** A reviewer's long text, which a report prints in full: its sentence leaves the values out. */
  long?: true;
}

const plain: ShowValue = (stored) => verbatim(stored);
const field = (name: string, show: ShowValue | 'hidden' = plain): FieldWording => ({ name, show });
const longText = (name: string, show: ShowValue): FieldWording => ({ name, show, long: true });

/** A boundary in the text: its offsets mean nothing to a reader, only that it was set or moved. */
function boundary(name: string, verbs: { set: string; moved: string; cleared: string }): FieldWording {
  return {
    name,
    show: 'hidden',
    changed: (from, to) => (to === null ? verbs.cleared : from === null ? verbs.set : verbs.moved),
  };
}

const CLAIM_FIELDS: Record<string, FieldWording> = {
  status: field('the status', (stored) => vocabulary(stored, CLAIM_STATUSES, STATUS_LABELS)),
  rating: field('the verdict', (stored, ratings) => verdict(stored, ratings)),
  rationale: longText('the rationale', (stored) => prose(readStoredRationale(stored).text)),
  rationaleJson: longText('the rationale', (stored) => prose(readStoredRationale(stored).text)),
  chain: field('the attribution chain', (stored) => (stored === null ? label('No chain') : verbatim(readStoredChain(stored).text))),
  statement: field('the statement'),
  claimant: field('the claimant'),
  kind: field('the kind of claim', (stored) => vocabulary(stored, CLAIM_KINDS, CLAIM_KIND_LABELS)),
  checkworthiness: field('the check-worthiness', (stored) => checkworthiness(stored)),
  tags: field('the tags', (stored) => list(stored)),
  notesText: longText('the notes', (stored) => prose(stored)),
  notesJson: longText('the notes', (stored) => prose(readStoredRationale(stored).text)),
  anchor: field('the quoted text'),
  assignee: field('the assigned reviewer'),
  deleted: field('whether it is in the bin', (stored) => inBin(stored)),
  origin: field('where the claim came from', (stored) => origin(stored)),
  appearance: field('the appearances linked to it', (stored) => appearanceQuote(stored)),
};

const DOCUMENT_FIELDS: Record<string, FieldWording> = {
  title: field('the title'),
  outlet: field('the outlet'),
  outletSourceId: field('the registry entry of the outlet', 'hidden'),
  author: field('the author'),
  url: field('the web address'),
  publishedAt: field('the publication date'),
  language: field('the language', (stored) => (stored === null ? label('Not set') : label(languageName(stored)))),
  direction: field('the reading direction', (stored) => direction(stored)),
  articleStart: boundary('where the article starts', {
    set: 'Marked where the article starts',
    moved: 'Moved where the article starts',
    cleared: 'Started the article at the top again',
  }),
  commentsStart: boundary('where the comments start', {
    set: 'Marked where the comments start',
    moved: 'Moved where the comments start',
    cleared: 'Removed the start of the comments',
  }),
  photoCredits: field('the photo credits', (stored) => credits(stored)),
  provenance: field('where its details were found', 'hidden'),
  sourceFile: field('the file it was imported from'),
  sourceFormat: field('the format of the file it was imported from'),
  deleted: field('whether it is in the bin', (stored) => inBin(stored)),
  text: field('the text', 'hidden'),
};

const SOURCE_FIELDS: Record<string, FieldWording> = {
  name: field('the name'),
  kind: field('the kind of source', (stored) => vocabulary(stored, SOURCE_KINDS, SOURCE_KIND_LABELS)),
  country: field('the country', (stored) => (stored === null ? label('Not set') : label(countryName(stored)))),
  stateAffiliated: field('whether it is state-affiliated', (stored) => yesNo(stored, 'State-affiliated', 'Not state-affiliated')),
  notes: longText('the notes', (stored) => prose(stored)),
  wikidataId: field('the Wikidata item'),
  aliases: field('the aliases', (stored) => aliases(stored)),
  confirmed: field('whether it is confirmed', (stored) => yesNo(stored, 'Confirmed', 'Unconfirmed')),
  merged_into: field('the source it was merged into'),
  merged_from: field('a source merged into it'),
};

const RATING_FIELDS: Record<string, FieldWording> = {
  key: field('the key'),
  label: field('the name'),
  color: field('the colour'),
  ordinal: field('its place on the scale', 'hidden'),
  order: field('the order of the scale', (stored) => list(stored)),
  ratingValue: field('the rating value of exported fact-checks'),
  description: field('the description'),
  archived: field('whether it is archived', (stored) => yesNo(stored, 'Archived', 'In use')),
};

const EVIDENCE_FIELDS: Record<string, FieldWording> = {
  kind: field('the evidence kind', (stored) => vocabulary(stored, EVIDENCE_KINDS, EVIDENCE_KIND_LABELS)),
  stance: field('the evidence stance', (stored) => vocabulary(stored, EVIDENCE_STANCES, EVIDENCE_STANCE_LABELS)),
  url: field('the evidence link'),
  title: field('the evidence title'),
  accessedAt: field('the evidence access date'),
  note: field('the evidence note'),
  documentId: field('the document of the evidence passage', 'hidden'),
  quote: field('the evidence passage'),
  prefix: field('the text before the evidence passage', 'hidden'),
  suffix: field('the text after the evidence passage', 'hidden'),
  startOffset: field('where the evidence passage starts', 'hidden'),
  endOffset: field('where the evidence passage ends', 'hidden'),
  fileId: field('the evidence file', 'hidden'),
};

const FIELDS: Record<string, Record<string, FieldWording>> = {
  claim: CLAIM_FIELDS,
  document: DOCUMENT_FIELDS,
  source: SOURCE_FIELDS,
  rating: RATING_FIELDS,
  evidence: EVIDENCE_FIELDS,
};

/** How a field of a kind of record is worded; undefined for a field the workbench never records. */
export function fieldWording(entity: string, name: string): FieldWording | undefined {
  const fields = FIELDS[entity];
  return fields && Object.hasOwn(fields, name) ? fields[name] : undefined;
}

/** How each kind of record is named, and the verbs for adding and removing one. */
const ENTITIES: Record<string, { name: string; added: string; removed: string }> = {
  claim: { name: 'the claim', added: 'Created', removed: 'Deleted' },
  evidence: { name: 'evidence', added: 'Added', removed: 'Removed' },
  hop: { name: 'an attribution hop', added: 'Added', removed: 'Removed' },
  document: { name: 'the document', added: 'Added', removed: 'Deleted' },
  source: { name: 'a source', added: 'Added', removed: 'Deleted' },
  rating: { name: 'a rating', added: 'Added', removed: 'Deleted' },
};

/** Every action the workbench records that describe() words on its own, for the tests to check. */
export const WORDED_ACTIONS = [
  'create',
  'import',
  'delete',
  'restore',
  'reattach',
  'reanchor',
  'orphan',
  'link',
  'unlink',
  'update',
  'merge',
  'reimport',
  'confirm',
  'discard',
  'absorb',
  'reject_suggestion',
  'restore_suggestion',
  'reorder',
  'archive',
  'unarchive',
] as const;

interface Described {
  what: string;
  from?: HistoryValue | null;
  to?: HistoryValue | null;
  /** An edit from one value to another, so a missing side still reads "none" in a sentence. */
  change?: boolean;
  /** The values are a reviewer's long text, left out of the one-line sentence. */
  long?: boolean;
}

export function describeHistory(event: HistoryEvent, ratings: readonly HistoryRating[]): HistoryLine {
  const { what, from = null, to = null, change = false, long = false } = describe(event, ratings);
  return {
    id: event.id,
    at: event.at,
    actor: event.actor,
    what,
    from: from && onScreen(from),
    to: to && onScreen(to),
    sentence: long ? what : sentence(what, from, to, change),
  };
}

function describe(event: HistoryEvent, ratings: readonly HistoryRating[]): Described {
  const entity = ENTITIES[event.entity] ?? { name: humanise(event.entity), added: 'Added', removed: 'Removed' };
  const { oldValue, newValue, field: name } = event;
  switch (event.action) {
    case 'create':
      return { what: `${entity.added} ${entity.name}`, to: verbatim(newValue) };
    case 'import':
      return { what: `Imported ${entity.name}`, to: verbatim(newValue) };
    case 'delete':
      return { what: `${entity.removed} ${entity.name}`, from: verbatim(oldValue) };
    case 'restore':
      return { what: `Restored ${entity.name}`, to: verbatim(newValue) };
    case 'reattach':
      return { what: 'Re-attached the claim to the text', from: verbatim(oldValue), to: verbatim(newValue), change: true };
    case 'reanchor':
      return { what: 'Re-anchored after the document changed', from: verbatim(oldValue), to: verbatim(newValue), change: true };
    case 'orphan':
      return { what: 'The claim lost its place in the text' };
    case 'link':
      return { what: `Linked an appearance in ${appearanceTitle(newValue)}`, to: appearanceQuote(newValue) };
    case 'unlink':
      return { what: `Unlinked the appearance in ${appearanceTitle(oldValue)}`, from: appearanceQuote(oldValue) };
    case 'reimport':
      return { what: 'Imported a new version of the text' };
    case 'reject_suggestion':
      return { what: 'Rejected a suggested attribution', to: verbatim(newValue) };
    case 'restore_suggestion':
      return { what: 'Restored a rejected suggestion', from: verbatim(oldValue) };
    case 'discard':
      return { what: 'Discarded the unconfirmed source', from: verbatim(oldValue) };
    case 'absorb':
      return { what: 'Merged another source into this one', to: verbatim(newValue) };
    case 'archive':
      return { what: 'Archived the rating' };
    case 'unarchive':
      return { what: 'Brought the rating back into use' };
    case 'reorder':
      return { what: 'Changed the order of the scale', from: list(oldValue), to: list(newValue), change: true };
    case 'confirm':
      return confirmed(event, entity.name);
  }
  // A source merged away keeps the name of the one it went into.
  if (event.action === 'merge' && event.entity === 'source' && name === 'merged_into') {
    return { what: 'Merged the source into another', from: verbatim(oldValue), to: verbatim(newValue), change: true };
  }
  if ((event.action === 'update' || event.action === 'merge') && name) {
    const merged = event.action === 'merge';
    if (event.entity === 'claim' && name === 'chain') return chainChange(oldValue, newValue, merged);
    if (event.entity === 'claim' && (name === 'rationale' || name === 'rationaleJson')) return rationaleChange(oldValue, newValue, merged);
    const wording = fieldWording(event.entity, name) ?? field(`the ${humanise(name)}`);
    // A merge keeps the workbench's value that a later change from a bundle replaced.
    const what = merged
      ? `Took ${wording.name} from a merged bundle`
      : (wording.changed?.(oldValue, newValue) ?? `Changed ${wording.name}`);
    if (wording.show === 'hidden') return { what };
    const show = wording.show;
    return { what, from: show(oldValue, ratings), to: show(newValue, ratings), change: true, long: wording.long === true };
  }
  if (event.action === 'merge') return { what: 'Merged from a bundle', from: verbatim(oldValue), to: verbatim(newValue), change: true };
  return { what: `${capitalise(humanise(event.action))} ${humanise(event.entity)}`, from: verbatim(oldValue), to: verbatim(newValue) };
}

/** A reviewer kept a detected value (a guessed date), or vouched for a source a suggestion made. */
function confirmed(event: HistoryEvent, entityName: string): Described {
  if (event.entity === 'source') return { what: 'Confirmed the source' };
  const wording = event.field ? fieldWording(event.entity, event.field) : undefined;
  if (!wording) return { what: `Confirmed ${entityName}`, to: verbatim(event.newValue) };
  const what = `Kept ${wording.name.replace(/^the /u, 'the guessed ')}`;
  return wording.show === 'hidden' ? { what } : { what, to: wording.show(event.newValue, []) };
}

// ——— Chains ———————————————————————————————————————————————————————————————————————————————————

const HOP_ASPECTS = ['source', 'kind', 'cue', 'stance'] as const;
type HopAspect = (typeof HOP_ASPECTS)[number];

/** "Changed the cue of hop 2", or from a bundle "Took the cue of hop 2 from a merged bundle". */
function changeOf(what: string, merged: boolean): string {
  return merged ? `Took ${what} from a merged bundle` : `Changed ${what}`;
}

/**
 * A chain change says what changed: when the same sources stand in the same places, the names
 * alone would read the same before and after, so the line names the hop and what of it changed.
 */
function chainChange(oldValue: string | null, newValue: string | null, merged: boolean): Described {
  const before = readStoredChain(oldValue);
  const after = readStoredChain(newValue);
  const whole: Described = {
    what: changeOf('the attribution chain', merged),
    from: before.text === null ? label('No chain') : verbatim(before.text),
    to: after.text === null ? label('No chain') : verbatim(after.text),
    change: true,
  };
  if (before.text === null || after.text === null || before.text !== after.text) return whole;
  if (!before.hops || !after.hops || before.hops.length !== after.hops.length) {
    // Older history kept the names only: something else about a hop changed.
    return { what: changeOf('the kind, cue or stance of a hop in the attribution chain', merged), to: verbatim(after.text) };
  }
  const oldHops = before.hops;
  const newHops = after.hops;
  const changed = oldHops
    .map((hop, index) => ({ index, aspects: HOP_ASPECTS.filter((aspect) => differs(aspect, hop, newHops[index]!)) }))
    .filter((hop) => hop.aspects.length > 0);
  const only = changed.length === 1 ? changed[0]! : null;
  if (only) {
    const old = oldHops[only.index]!;
    const now = newHops[only.index]!;
    const hop = `hop ${only.index + 1}`;
    const [aspect] = only.aspects;
    if (only.aspects.length === 1 && aspect === 'cue' && old.cue !== null && old.cue === now.cue && !merged) {
      return { what: `Moved the cue of ${hop} to another place in the text`, to: words(now.cue) };
    }
    if (only.aspects.length === 1 && aspect === 'source' && !merged) {
      return { what: `Changed the source of ${hop} to another of the same name`, to: words(now.source) };
    }
    const what = changeOf(`the ${joinWords(only.aspects)} of ${hop}`, merged);
    if (only.aspects.length === 1 && aspect) return { what, from: hopAspect(aspect, old), to: hopAspect(aspect, now), change: true };
    return { what, from: hopAspects(only.aspects, old), to: hopAspects(only.aspects, now), change: true };
  }
  if (changed.length === 0) return whole;
  const detail = (hops: readonly HopSnapshot[]) =>
    label(changed.map(({ index, aspects }) => `hop ${index + 1}: ${hopAspects(aspects, hops[index]!).text}`).join('; '));
  return {
    what: changeOf(`hops ${joinWords(changed.map((hop) => String(hop.index + 1)))} of the attribution chain`, merged),
    from: detail(oldHops),
    to: detail(newHops),
    change: true,
  };
}

function differs(aspect: HopAspect, before: HopSnapshot, after: HopSnapshot): boolean {
  switch (aspect) {
    case 'source':
      return before.sourceId !== after.sourceId;
    case 'kind':
      return before.kind !== after.kind;
    case 'cue':
      return before.cue !== after.cue || before.cueStart !== after.cueStart;
    case 'stance':
      return before.stance !== after.stance;
  }
}

function hopAspect(aspect: HopAspect, hop: HopSnapshot): HistoryValue {
  switch (aspect) {
    case 'source':
      return words(hop.source);
    case 'kind':
      return vocabulary(hop.kind, HOP_KINDS, HOP_KIND_LABELS) ?? label('Not set');
    case 'cue':
      return hop.cue ? words(hop.cue) : label('No cue');
    case 'stance':
      return hop.stance ? (vocabulary(hop.stance, CUE_STANCES, CUE_STANCE_LABELS) ?? label('Not set')) : label('Not recorded');
  }
}

/** Several aspects of one hop in one label: "Paraphrase, “claimed”". */
function hopAspects(aspects: readonly HopAspect[], hop: HopSnapshot): HistoryValue {
  return label(
    aspects
      .map((aspect) => {
        const value = hopAspect(aspect, hop);
        return value.kind === 'label' ? value.text : `“${shorten(value.text, MAX_IN_SENTENCE)}”`;
      })
      .join(', '),
  );
}

// ——— Rationale ————————————————————————————————————————————————————————————————————————————————

/**
 * A rationale change whose words stayed the same changed its links or its formatting; the line
 * says which, with the link targets, since the plain text cannot show them.
 */
function rationaleChange(oldValue: string | null, newValue: string | null, merged: boolean): Described {
  const before = readStoredRationale(oldValue);
  const after = readStoredRationale(newValue);
  if (before.text !== after.text) {
    return { what: changeOf('the rationale', merged), from: prose(before.text), to: prose(after.text), change: true, long: true };
  }
  // Older history kept the plain text only.
  if (!before.links || !after.links) return { what: changeOf('the formatting or links of the rationale', merged) };
  const old = before.links;
  const now = after.links;
  const replaced =
    old.length === now.length ? old.flatMap((url, index) => (url === now[index] ? [] : [{ from: url, to: now[index]! }])) : null;
  if (replaced?.length === 0) return { what: changeOf('the formatting of the rationale', merged) };
  if (replaced?.length === 1) {
    return { what: changeOf('a link in the rationale', merged), from: words(replaced[0]!.from), to: words(replaced[0]!.to), change: true };
  }
  const added = without(now, old);
  const removed = without(old, now);
  if (!merged && removed.length === 0 && added.length > 0) {
    return {
      what: added.length === 1 ? 'Added a link to the rationale' : `Added ${added.length} links to the rationale`,
      to: words(added.join(', ')),
    };
  }
  if (!merged && added.length === 0 && removed.length > 0) {
    return {
      what: removed.length === 1 ? 'Removed a link from the rationale' : `Removed ${removed.length} links from the rationale`,
      from: words(removed.join(', ')),
    };
  }
  return {
    what: changeOf('the links in the rationale', merged),
    from: old.length > 0 ? words(old.join(', ')) : label('No links'),
    to: now.length > 0 ? words(now.join(', ')) : label('No links'),
    change: true,
  };
}

/** The items of `list` left after taking out, one for one, those in `other`. */
function without(items: readonly string[], other: readonly string[]): string[] {
  const remaining = [...other];
  return items.filter((item) => {
    const at = remaining.indexOf(item);
    if (at === -1) return true;
    remaining.splice(at, 1);
    return false;
  });
}

// ——— Values ———————————————————————————————————————————————————————————————————————————————————

function vocabulary<K extends string>(stored: string | null, keys: readonly K[], labels: Record<K, string>): HistoryValue | null {
  if (stored === null) return null;
  return (keys as readonly string[]).includes(stored) ? label(labels[stored as K]) : verbatim(stored);
}

function verdict(ratingId: string | null, ratings: readonly HistoryRating[]): HistoryValue {
  if (ratingId === null) return label('No verdict');
  const rating = ratings.find((candidate) => candidate.id === ratingId || candidate.key === ratingId);
  return label(rating ? rating.label : 'A rating no longer on the scale');
}

function checkworthiness(stored: string | null): HistoryValue {
  const level = stored === null ? null : Number(stored);
  if (level === null || !Number.isInteger(level)) return label('Not judged');
  const name = CHECKWORTHINESS_LABELS[level];
  return name ? label(name) : (verbatim(stored) ?? label('Not judged'));
}

function inBin(stored: string | null): HistoryValue {
  return label(stored === null ? 'Not in the bin' : 'In the bin');
}

function origin(stored: string | null): HistoryValue | null {
  if (stored === 'manual') return label('Made by a reviewer');
  if (stored === 'detected') return label('Suggested by detection');
  return verbatim(stored);
}

function direction(stored: string | null): HistoryValue | null {
  if (stored === 'ltr') return label('Left to right');
  if (stored === 'rtl') return label('Right to left');
  return verbatim(stored);
}

function yesNo(stored: string | null, yes: string, no: string): HistoryValue | null {
  if (stored === 'true' || stored === '1') return label(yes);
  if (stored === 'false' || stored === '0' || stored === null) return label(no);
  return verbatim(stored);
}

/** Photo credits and aliases are stored as records; a person reads their words. */
function credits(stored: string | null): HistoryValue {
  return listOf(stored, 'text');
}

function aliases(stored: string | null): HistoryValue {
  return listOf(stored, 'alias');
}

function listOf(stored: string | null, key: string): HistoryValue {
  if (stored === null) return label('None');
  try {
    const parsed: unknown = JSON.parse(stored);
    if (Array.isArray(parsed)) {
      const names = parsed.map((item) =>
        typeof item === 'string' ? item : typeof item?.[key] === 'string' ? (item[key] as string) : null,
      );
      if (names.every((name) => name !== null)) return names.length > 0 ? { text: names.join(', '), kind: 'verbatim' } : label('None');
    }
  } catch {
    // Not a stored list: shown as it is.
  }
  return verbatim(stored) ?? label('None');
}

const languageNames = displayNames('language');
const regionNames = displayNames('region');

function displayNames(type: 'language' | 'region'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(['en'], { type });
  } catch {
    return null;
  }
}

function languageName(code: string): string {
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

function countryName(code: string): string {
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

function appearanceTitle(value: string | null): string {
  const snapshot = appearanceSnapshot(value);
  return snapshot ? `“${snapshot.documentTitle}”` : 'another document';
}

function appearanceQuote(value: string | null): HistoryValue | null {
  const snapshot = appearanceSnapshot(value);
  return snapshot ? words(snapshot.quote) : verbatim(value);
}

function onScreen(value: HistoryValue): string {
  return value.kind === 'label' ? value.text : shorten(value.text, MAX_SHOWN);
}

function sentence(what: string, from: HistoryValue | null, to: HistoryValue | null, change: boolean): string {
  // A report prints the rationale and notes in full; repeating them in the history says nothing.
  if (from?.kind === 'prose' || to?.kind === 'prose') return what;
  if (change && (from || to)) return `${what}: ${inSentence(from)} → ${inSentence(to)}`;
  const only = to ?? from;
  return only ? `${what}: ${inSentence(only)}` : what;
}

function inSentence(value: HistoryValue | null): string {
  if (value === null) return 'none';
  return value.kind === 'label' ? value.text : `“${shorten(value.text, MAX_IN_SENTENCE)}”`;
}

/** "kind", "kind and cue", "kind, cue and stance". */
function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function humanise(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .replace(/[_-]+/gu, ' ')
    .toLowerCase()
    .trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
