// The audit trail of a claim in a few plain sentences: a report shows who changed what and when,
// not raw field names and JSON.
import type { ClaimStatus, HistoryEvent } from '../domain.js';
import { appearanceSnapshot } from '../review/appearance-history.js';
import { STATUS_LABELS } from './labels.js';
import type { ReportScale } from './model.js';

export interface HistoryLine {
  at: string;
  actor: string;
  text: string;
}

export interface RecentHistory {
  /** Oldest first. */
  lines: HistoryLine[];
  /** Earlier events left out. */
  omitted: number;
}

export const DEFAULT_HISTORY_LIMIT = 5;
const MAX_VALUE_LENGTH = 60;
const VERDICT_FIELDS = new Set(['rating', 'ratingid', 'rating_id', 'verdict']);
// Long free-text fields are summarised: quoting a whole rationale in the history says nothing.
const PROSE_FIELDS = new Set(['rationale', 'rationaletext', 'rationale_text', 'rationalejson', 'rationale_json', 'notes', 'notestext', 'notes_text', 'notesjson', 'notes_json']);

export function recentHistory(
  events: HistoryEvent[],
  scale: ReportScale,
  limit = DEFAULT_HISTORY_LIMIT,
): RecentHistory {
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const kept = ordered.slice(Math.max(0, ordered.length - limit));
  return {
    lines: kept.map((event) => ({ at: event.at, actor: event.actor, text: describeHistoryEvent(event, scale) })),
    omitted: ordered.length - kept.length,
  };
}

export function describeHistoryEvent(event: HistoryEvent, scale: ReportScale): string {
  const entity = ENTITY_NAMES[event.entity] ?? humanise(event.entity);
  const field = event.field ? event.field.toLowerCase() : null;
  const fieldName = event.field ? humanise(event.field) : '';
  switch (event.action) {
    case 'create':
    case 'import':
    case 'add':
      return withValue(`${event.action === 'import' ? 'Imported' : 'Added'} ${entity}`, event.newValue, fieldName);
    case 'delete':
    case 'remove':
      return withValue(`Removed ${entity}`, event.oldValue, fieldName);
    case 'restore':
      return `Restored ${entity}`;
    case 'reattach':
      return 'Re-attached the claim to the text';
    case 'orphan':
      return 'The claim lost its place in the text';
    case 'reanchor':
      return 'Re-anchored after the document changed';
    case 'link':
      return appearanceLine('Linked an appearance in', event.newValue);
    case 'unlink':
      return appearanceLine('Unlinked the appearance in', event.oldValue);
    default:
      break;
  }
  if (field === 'status') {
    return `Status: ${statusLabel(event.oldValue)} → ${statusLabel(event.newValue)}`;
  }
  if (field && VERDICT_FIELDS.has(field)) {
    return `Verdict: ${verdictLabel(event.oldValue, scale)} → ${verdictLabel(event.newValue, scale)}`;
  }
  if (field && PROSE_FIELDS.has(field)) return `Edited the ${fieldName.replace(/ (json|text)$/u, '')}`;
  if (field) return `${capitalise(fieldName)}: ${shown(event.oldValue)} → ${shown(event.newValue)}`;
  return `${capitalise(humanise(event.action))} ${entity}`;
}

const ENTITY_NAMES: Record<string, string> = {
  claim: 'the claim',
  hop: 'an attribution hop',
  evidence: 'evidence',
  document: 'the document',
  source: 'a source',
  rating: 'a rating',
};

function appearanceLine(text: string, value: string | null): string {
  const snapshot = appearanceSnapshot(value);
  return snapshot ? `${text} “${truncate(snapshot.documentTitle)}”` : `${text} another document`;
}

function withValue(text: string, value: string | null, fieldName: string): string {
  if (fieldName) return `${text} (${fieldName})`;
  const plain = unwrap(value);
  return plain && !plain.startsWith('{') && !plain.startsWith('[') ? `${text}: “${truncate(plain)}”` : text;
}

function statusLabel(value: string | null): string {
  const plain = unwrap(value);
  if (!plain) return 'none';
  return STATUS_LABELS[plain as ClaimStatus] ?? truncate(plain);
}

function verdictLabel(value: string | null, scale: ReportScale): string {
  const plain = unwrap(value);
  if (!plain) return 'none';
  const rating = scale.ratings.find((r) => r.id === plain || r.key === plain);
  return rating ? rating.label : truncate(plain);
}

function shown(value: string | null): string {
  const plain = unwrap(value);
  return plain ? `“${truncate(plain)}”` : 'none';
}

/** History values are stored as text, JSON for structured ones; a JSON string is unwrapped. */
function unwrap(value: string | null): string | null {
  if (value === null) return null;
  if (value.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not JSON after all: show it as stored.
    }
  }
  return value;
}

function truncate(value: string): string {
  const flat = value.replace(/\s+/gu, ' ').trim();
  if (flat.length <= MAX_VALUE_LENGTH) return flat;
  return `${[...flat].slice(0, MAX_VALUE_LENGTH - 1).join('').trimEnd()}…`;
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
