// The values of the audit trail as words. The history stores text, and JSON for structured values
// (a tag list, an evidence snapshot, an anchor); each value is read back here and marked with how
// it may be shown: our own words as they are, a reviewer's or a document's words in quotation
// marks, and long prose only where there is room for it.

export type HistoryValueKind =
  /** Our own words (a status, a verdict, "No chain"): shown as they are. */
  | 'label'
  /** Words from the workbench (a quote, a name, a link): set in quotation marks inside a sentence. */
  | 'verbatim'
  /** A reviewer's long text (rationale, notes): left out of a one-line summary, which cannot hold it. */
  | 'prose';

export interface HistoryValue {
  text: string;
  kind: HistoryValueKind;
}

export function label(text: string): HistoryValue {
  return { text, kind: 'label' };
}

/** A stored value as the words it holds, or null when nothing was stored. */
export function verbatim(stored: string | null): HistoryValue | null {
  const text = storedText(stored);
  if (text === null) return null;
  return text.trim() ? { text, kind: 'verbatim' } : label('Empty');
}

/** Words already read out of a stored record (an appearance's quote). */
export function words(text: string): HistoryValue {
  return text.trim() ? { text, kind: 'verbatim' } : label('Empty');
}

/** A reviewer's long text, kept as stored (the notes' editor state too, which only the screen shows). */
export function prose(stored: string | null): HistoryValue {
  return stored && stored.trim() ? { text: stored, kind: 'prose' } : label('Empty');
}

/** A stored list of names (the tags), "None" when it is empty. */
export function list(stored: string | null): HistoryValue {
  const parsed = parseStored(stored);
  if (Array.isArray(parsed)) return parsed.length > 0 ? { text: parsed.map(String).join(', '), kind: 'verbatim' } : label('None');
  return verbatim(stored) ?? label('None');
}

// The fields that name a structured record best, in the order they are tried: an evidence
// snapshot by its link, then its passage, then its title; an anchor by its quote; a rating by its
// label; a source by its name.
const NAMING_FIELDS = ['url', 'quote', 'title', 'label', 'name'] as const;

/** The words a stored value stands for: text as it is, a record by its naming field. */
function storedText(stored: string | null): string | null {
  const parsed = parseStored(stored);
  if (typeof parsed === 'string') return parsed;
  if (Array.isArray(parsed)) return parsed.every((item) => typeof item === 'string') ? parsed.join(', ') : null;
  if (typeof parsed === 'object' && parsed !== null) {
    const record = parsed as Record<string, unknown>;
    for (const key of NAMING_FIELDS) {
      const field = record[key];
      if (typeof field === 'string' && field.trim()) return field;
    }
    return null;
  }
  return stored;
}

/**
 * Records and lists come back parsed; anything else is text, stored as it was typed (so a quote
 * that happens to be wrapped in quotation marks is left alone).
 */
function parseStored(stored: string | null): unknown {
  if (stored === null) return null;
  const first = stored.trimStart()[0];
  if (first !== '{' && first !== '[') return stored;
  try {
    return JSON.parse(stored);
  } catch {
    return stored;
  }
}

/** At most `max` characters, whitespace folded, cut between code points with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const points = [...flat];
  if (points.length <= max) return flat;
  return `${points
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
