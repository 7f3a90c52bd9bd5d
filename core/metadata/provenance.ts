import { FIELD_ORIGINS, type FieldOrigin, type MetadataProvenance, PROVENANCE_FIELDS, type ProvenanceField } from '../domain.js';
import { parseJsonOrNull } from '../json.js';

const ORIGINS: ReadonlySet<string> = new Set(FIELD_ORIGINS);

/** Where a value came from, as a reviewer reads it: "Publication date: from a date the text mentions". */
export const ORIGIN_LABELS: Record<FieldOrigin, string> = {
  declared: "the file's own details",
  headline: 'the headline line',
  byline: 'a byline',
  'date-line': 'a date printed with the article',
  dateline: 'the dateline',
  masthead: "the site's name on the page",
  copyright: 'a copyright line',
  address: 'the web address',
  printed: 'an address printed on the page',
  body: 'a date the text mentions',
  'file-name': 'the file name',
  'first-line': 'the first line',
  reviewer: 'a reviewer',
};

export const FIELD_LABELS: Record<ProvenanceField, string> = {
  title: 'Title',
  outlet: 'Outlet',
  author: 'Author',
  publishedAt: 'Publication date',
  url: 'Web address',
};

/**
 * The provenance entries of a stored or received value that are well formed, from its JSON text
 * or its parsed value; anything else (a hand-edited file, an older bundle) counts as unrecorded.
 */
export function wellFormedProvenance(value: unknown): MetadataProvenance {
  const parsed = typeof value === 'string' ? parseJsonOrNull(value) : value;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const provenance: MetadataProvenance = {};
  for (const field of PROVENANCE_FIELDS) {
    const entry = (parsed as Record<string, unknown>)[field];
    if (typeof entry !== 'object' || entry === null) continue;
    const { origin, confirmed } = entry as { origin?: unknown; confirmed?: unknown };
    if (typeof origin === 'string' && ORIGINS.has(origin) && typeof confirmed === 'boolean') {
      provenance[field] = { origin: origin as FieldOrigin, confirmed };
    }
  }
  return provenance;
}

/** After a person sets fields by hand: each is theirs, confirmed; a field they emptied has no provenance. */
export function withReviewerValues(
  provenance: MetadataProvenance,
  fields: Partial<Record<ProvenanceField, string | null>>,
): MetadataProvenance {
  const next = { ...provenance };
  for (const [field, value] of Object.entries(fields) as [ProvenanceField, string | null | undefined][]) {
    if (value === undefined) continue;
    if (value === null || value === '') delete next[field];
    else next[field] = { origin: 'reviewer', confirmed: true };
  }
  return next;
}

/** A person looked at a detected value and kept it: where it came from stays known. */
export function withConfirmed(provenance: MetadataProvenance, field: ProvenanceField): MetadataProvenance {
  const entry = provenance[field];
  return entry ? { ...provenance, [field]: { ...entry, confirmed: true } } : provenance;
}

/** Whether a document field is one whose provenance is recorded. */
export function isProvenanceField(key: string): key is ProvenanceField {
  return (PROVENANCE_FIELDS as readonly string[]).includes(key);
}
