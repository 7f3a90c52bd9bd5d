// The audit trail in words, the same in the app's timeline and in every report: what changed,
// from what to what. The history stores raw values (status keys, rating IDs, JSON snapshots);
// they are spelled out here.
import { CLAIM_STATUSES, type ClaimStatus, EVIDENCE_STANCES, type EvidenceStance, type HistoryEvent, type Rating } from '../domain.js';
import { EVIDENCE_STANCE_LABELS } from '../vocabulary/stances.js';
import { STATUS_LABELS } from '../vocabulary/status-labels.js';
import { appearanceSnapshot } from './appearance-history.js';
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

const FIELD_NAMES: Record<string, string> = {
  status: 'the status',
  rating: 'the verdict',
  rationale: 'the rationale',
  rationaleJson: 'the rationale',
  chain: 'the attribution chain',
  statement: 'the statement',
  claimant: 'the claimant',
  kind: 'the kind of claim',
  checkworthiness: 'the check-worthiness',
  tags: 'the tags',
  notesText: 'the notes',
  notesJson: 'the notes',
  anchor: 'the quoted text',
  assignee: 'the assigned reviewer',
  deleted: 'the deletion',
};

const EVIDENCE_FIELDS: Record<string, string> = {
  title: 'title',
  note: 'note',
  stance: 'stance',
  url: 'link',
  accessedAt: 'access date',
};

const PROSE_FIELDS = new Set(['rationale', 'rationaleJson', 'notesText', 'notesJson']);

/** How each kind of record is named, and the verbs for adding and removing one. */
const ENTITIES: Record<string, { name: string; added: string; removed: string }> = {
  claim: { name: 'the claim', added: 'Created', removed: 'Deleted' },
  evidence: { name: 'evidence', added: 'Added', removed: 'Removed' },
  hop: { name: 'an attribution hop', added: 'Added', removed: 'Removed' },
  document: { name: 'the document', added: 'Added', removed: 'Deleted' },
  source: { name: 'a source', added: 'Added', removed: 'Deleted' },
  rating: { name: 'a rating', added: 'Added', removed: 'Deleted' },
};

interface Described {
  what: string;
  from?: HistoryValue | null;
  to?: HistoryValue | null;
  /** An edit from one value to another, so a missing side still reads "none" in a sentence. */
  change?: boolean;
}

export function describeHistory(event: HistoryEvent, ratings: readonly HistoryRating[]): HistoryLine {
  const { what, from = null, to = null, change = false } = describe(event, ratings);
  return {
    id: event.id,
    at: event.at,
    actor: event.actor,
    what,
    from: from && onScreen(from),
    to: to && onScreen(to),
    sentence: sentence(what, from, to, change),
  };
}

function describe(event: HistoryEvent, ratings: readonly HistoryRating[]): Described {
  const entity = ENTITIES[event.entity] ?? { name: humanise(event.entity), added: 'Added', removed: 'Removed' };
  const { oldValue, newValue, field } = event;
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
  }
  if ((event.action === 'update' || event.action === 'merge') && field) {
    const name =
      event.entity === 'evidence'
        ? `the evidence ${EVIDENCE_FIELDS[field] ?? humanise(field)}`
        : (FIELD_NAMES[field] ?? `the ${humanise(field)}`);
    // A merge keeps the workbench's value that a later change from a bundle replaced.
    const what = event.action === 'merge' ? `Took ${name} from a merged bundle` : `Changed ${name}`;
    const show = (value: string | null) => fieldValue(event.entity, field, value, ratings);
    return { what, from: show(oldValue), to: show(newValue), change: true };
  }
  if (event.action === 'merge') return { what: 'Merged from a bundle', from: verbatim(oldValue), to: verbatim(newValue), change: true };
  return { what: `${capitalise(humanise(event.action))} ${humanise(event.entity)}`, from: verbatim(oldValue), to: verbatim(newValue) };
}

function fieldValue(entity: string, field: string, value: string | null, ratings: readonly HistoryRating[]): HistoryValue | null {
  if (entity === 'evidence') return field === 'stance' ? stance(value) : verbatim(value);
  if (field === 'status') return status(value);
  if (field === 'rating') return verdict(value, ratings);
  if (field === 'chain') return value === null ? label('No chain') : verbatim(value);
  if (field === 'tags') return list(value);
  if (PROSE_FIELDS.has(field)) return prose(value);
  return verbatim(value);
}

function status(key: string | null): HistoryValue | null {
  if (key === null) return null;
  return (CLAIM_STATUSES as readonly string[]).includes(key) ? label(STATUS_LABELS[key as ClaimStatus]) : verbatim(key);
}

function verdict(ratingId: string | null, ratings: readonly HistoryRating[]): HistoryValue {
  if (ratingId === null) return label('No verdict');
  const rating = ratings.find((candidate) => candidate.id === ratingId || candidate.key === ratingId);
  return label(rating ? rating.label : 'A rating no longer on the scale');
}

function stance(key: string | null): HistoryValue | null {
  if (key === null) return null;
  return (EVIDENCE_STANCES as readonly string[]).includes(key) ? label(EVIDENCE_STANCE_LABELS[key as EvidenceStance]) : verbatim(key);
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
