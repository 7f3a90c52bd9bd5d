// The audit trail as a reviewer reads it: what changed, from what to what, in words. The history
// stores raw values (status keys, rating IDs, JSON snapshots); they are spelled out here.
import type { ClaimStatus, HistoryEvent, Rating } from '../../core/domain.js';
import { CLAIM_STATUSES } from '../../core/domain.js';
import { appearanceSnapshot } from '../../core/review/appearance-history.js';
import { STATUS_LABELS } from '../../core/review/transitions.js';
import { STANCE_LABELS } from './evidence-labels.js';

export interface HistoryLine {
  id: string;
  at: string;
  actor: string;
  /** What happened, e.g. "Changed the status". */
  what: string;
  /** The value before and after, as text; null where there was none to show. */
  from: string | null;
  to: string | null;
}

export interface HistoryDay {
  /** The reviewer's calendar day, YYYY-MM-DD. */
  day: string;
  lines: HistoryLine[];
}

const FIELD_NAMES: Record<string, string> = {
  status: 'the status',
  rating: 'the verdict',
  rationale: 'the rationale',
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
};

const EVIDENCE_FIELDS: Record<string, string> = {
  title: 'title',
  note: 'note',
  stance: 'stance',
  url: 'link',
  accessedAt: 'access date',
};

const MAX_SHOWN = 240;

export function describeHistory(event: HistoryEvent, ratings: readonly Rating[]): HistoryLine {
  const base = { id: event.id, at: event.at, actor: event.actor };
  const from = event.oldValue;
  const to = event.newValue;
  if (event.entity === 'evidence') return { ...base, ...describeEvidence(event) };
  switch (event.action) {
    case 'create':
      return { ...base, what: 'Created the claim', from: null, to: clip(to) };
    case 'delete':
      return { ...base, what: 'Deleted the claim', from: clip(from), to: null };
    case 'restore':
      return { ...base, what: 'Restored the claim', from: null, to: clip(to) };
    case 'reattach':
      return { ...base, what: 'Re-attached the claim', from: quoteOf(from), to: quoteOf(to) };
    case 'reanchor':
      return { ...base, what: 'Re-anchored after the document changed', from: quoteOf(from), to: quoteOf(to) };
    case 'link':
      return { ...base, what: `Linked an appearance in ${appearanceTitle(to)}`, from: null, to: appearanceQuote(to) };
    case 'unlink':
      return { ...base, what: `Unlinked the appearance in ${appearanceTitle(from)}`, from: appearanceQuote(from), to: null };
  }
  if ((event.action === 'update' || event.action === 'merge') && event.field) {
    const field = event.field;
    const name = FIELD_NAMES[field] ?? field;
    // A merge keeps the workbench's value that a later change from a bundle replaced.
    const what = event.action === 'merge' ? `Took ${name} from a merged bundle` : `Changed ${name}`;
    return { ...base, what, ...fieldValues(field, from, to, ratings) };
  }
  if (event.action === 'merge') return { ...base, what: 'Merged from a bundle', from: clip(from), to: clip(to) };
  return { ...base, what: `${capitalise(event.action)} ${event.entity}`, from: clip(from), to: clip(to) };
}

function describeEvidence(event: HistoryEvent): Omit<HistoryLine, 'id' | 'at' | 'actor'> {
  switch (event.action) {
    case 'create':
      return { what: 'Added evidence', from: null, to: clip(event.newValue) };
    case 'delete':
      return { what: 'Removed evidence', from: evidenceSummary(event.oldValue), to: null };
    case 'restore':
      return { what: 'Restored evidence', from: null, to: clip(event.newValue) };
    case 'update': {
      const field = event.field ?? '';
      const name = EVIDENCE_FIELDS[field] ?? field;
      const show = field === 'stance' ? stanceLabel : clip;
      return { what: `Changed the evidence ${name}`, from: show(event.oldValue), to: show(event.newValue) };
    }
    default:
      return { what: `${capitalise(event.action)} evidence`, from: clip(event.oldValue), to: clip(event.newValue) };
  }
}

/** Lines grouped by the reviewer's calendar day, keeping the order they came in (newest first). */
export function groupByDay(lines: readonly HistoryLine[]): HistoryDay[] {
  const days: HistoryDay[] = [];
  for (const line of lines) {
    const day = localDay(line.at);
    const last = days[days.length - 1];
    if (last && last.day === day) last.lines.push(line);
    else days.push({ day, lines: [line] });
  }
  return days;
}

export function localDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function fieldValues(field: string, from: string | null, to: string | null, ratings: readonly Rating[]): Pick<HistoryLine, 'from' | 'to'> {
  if (field === 'status') return { from: statusLabel(from), to: statusLabel(to) };
  if (field === 'rating') return { from: verdictLabel(from, ratings), to: verdictLabel(to, ratings) };
  if (field === 'chain') return { from: from ?? 'No chain', to: to ?? 'No chain' };
  if (field === 'tags') return { from: listOf(from), to: listOf(to) };
  if (field === 'rationale') return { from: textOrNone(from), to: textOrNone(to) };
  return { from: clip(from), to: clip(to) };
}

function appearanceTitle(value: string | null): string {
  const snapshot = appearanceSnapshot(value);
  return snapshot ? `“${snapshot.documentTitle}”` : 'another document';
}

function appearanceQuote(value: string | null): string | null {
  return clip(appearanceSnapshot(value)?.quote ?? value);
}

function statusLabel(value: string | null): string | null {
  if (value === null) return null;
  return (CLAIM_STATUSES as readonly string[]).includes(value) ? STATUS_LABELS[value as ClaimStatus] : value;
}

function verdictLabel(ratingId: string | null, ratings: readonly Rating[]): string {
  if (ratingId === null) return 'No verdict';
  return ratings.find((rating) => rating.id === ratingId)?.label ?? 'A rating no longer on the scale';
}

function stanceLabel(value: string | null): string | null {
  if (value === null) return null;
  return STANCE_LABELS[value as keyof typeof STANCE_LABELS] ?? value;
}

function listOf(value: string | null): string {
  const items = parseJson(value);
  if (Array.isArray(items)) return items.length > 0 ? items.map(String).join(', ') : 'None';
  return value ?? 'None';
}

function quoteOf(value: string | null): string | null {
  const parsed = parseJson(value);
  if (isRecord(parsed) && typeof parsed.quote === 'string') return clip(parsed.quote);
  return clip(value);
}

function evidenceSummary(value: string | null): string | null {
  const parsed = parseJson(value);
  if (!isRecord(parsed)) return clip(value);
  for (const key of ['url', 'quote', 'title'] as const) {
    const field = parsed[key];
    if (typeof field === 'string' && field.length > 0) return clip(field);
  }
  return null;
}

function textOrNone(value: string | null): string {
  return value && value.trim().length > 0 ? clip(value)! : 'Empty';
}

function clip(value: string | null): string | null {
  if (value === null) return null;
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}…` : value;
}

function parseJson(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
