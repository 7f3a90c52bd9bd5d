// The rows a report needs, each table read once for the whole scope. A report over 10,000 claims
// must not ask the database 10,000 times for each claim's evidence, history and appearances.
import type Database from 'better-sqlite3';

import type { AliasKind, Evidence, HistoryEvent, Rating, Source, SourceKind } from '../../core/domain.js';
import { wellFormedProvenance } from '../../core/metadata/provenance.js';
import type { ReportAppearance, ReportDocument } from '../../core/reports/model.js';
import { foldReviewerName } from '../../core/review/assignee.js';
import { EVIDENCE_SELECT, type EvidenceRow, toEvidence } from '../queries/evidence.js';
import { ALIAS_ORDER, SOURCE_COLUMNS, sourceFromRow, type SourceRow } from '../queries/source-detail.js';
import { statement } from '../statement-cache.js';

/** SQL that binds a list of IDs as one parameter, however long the list. */
const IDS = '(SELECT value FROM json_each(?))';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * Evidence per claim, oldest first. A passage names its document even when that document is in
 * the bin: the evidence keeps its words, and the reader of a report needs to know where from.
 */
export function evidenceByClaim(db: Database.Database, claimIds: readonly string[]): Map<string, Evidence[]> {
  const rows = statement(db, `${EVIDENCE_SELECT} WHERE e.claim_id IN ${IDS} ORDER BY e.claim_id, e.created_at, e.rowid`).all(
    JSON.stringify(claimIds),
  ) as EvidenceRow[];
  const evidence = rows.map(toEvidence);
  return groupBy(evidence, (item) => item.claimId);
}

/** The audit trail per claim, oldest first; changes made in the same millisecond keep their order. */
export function historyByClaim(db: Database.Database, claimIds: readonly string[]): Map<string, HistoryEvent[]> {
  const rows = statement(
    db,
    `SELECT id, at, actor, entity, entity_id AS entityId, claim_id AS claimId, action, field,
            old_value AS oldValue, new_value AS newValue
     FROM history WHERE claim_id IN ${IDS}
     ORDER BY at, rowid`,
  ).all(JSON.stringify(claimIds)) as HistoryEvent[];
  return groupBy(rows, (row) => row.claimId!);
}

/**
 * The Wikidata item of a document's outlet: the item of the registry source the outlet is, when
 * that source is confirmed (an unconfirmed one is kept out of reports). Used with `d` the document.
 */
const OUTLET_WIKIDATA_ID = `(SELECT o.wikidata_id FROM sources o WHERE o.id = d.outlet_source_id AND o.confirmed = 1)`;

/**
 * Linked appearances per claim in live documents, earliest published first, undated last, each
 * with its document's outlet and the outlet's Wikidata item.
 */
export function appearancesByClaim(db: Database.Database, claimIds: readonly string[]): Map<string, ReportAppearance[]> {
  const rows = statement(
    db,
    `SELECT a.id, a.claim_id AS claimId, a.document_id AS documentId, d.title AS documentTitle, d.url AS documentUrl,
            d.published_at AS publishedAt, a.quote, a.start_offset AS start, a.end_offset AS end, a.score,
            d.outlet AS outlet, ${OUTLET_WIKIDATA_ID} AS outletWikidataId
     FROM claim_appearances a JOIN documents d ON d.id = a.document_id AND d.deleted_at IS NULL
     WHERE a.claim_id IN ${IDS}
     ORDER BY a.claim_id, d.published_at IS NULL, d.published_at, a.created_at, a.id`,
  ).all(JSON.stringify(claimIds)) as ReportAppearance[];
  return groupBy(rows, (row) => row.claimId);
}

/** The documents in the given order, with the text each quote is shown in. */
export function reportDocuments(db: Database.Database, documentIds: readonly string[]): ReportDocument[] {
  const rows = statement(
    db,
    `SELECT id, title, outlet, author, url, published_at AS publishedAt, language, direction, text, provenance,
            ${OUTLET_WIKIDATA_ID} AS outletWikidataId
     FROM documents d WHERE id IN ${IDS}`,
  ).all(JSON.stringify(documentIds)) as (Omit<ReportDocument, 'provenance'> & { provenance: string })[];
  const byId = new Map(rows.map((row) => [row.id, { ...row, provenance: wellFormedProvenance(row.provenance) }]));
  return documentIds.flatMap((id) => byId.get(id) ?? []);
}

/** Sources by ID with their aliases, alphabetically; `claimCount` is left for the caller to fill. */
export function sourcesById(db: Database.Database, sourceIds: readonly string[]): Source[] {
  const rows = statement(
    db,
    `SELECT ${SOURCE_COLUMNS}, 0 AS claimCount FROM sources s
     WHERE s.id IN ${IDS} ORDER BY s.name COLLATE NOCASE, s.id`,
  ).all(JSON.stringify(sourceIds)) as SourceRow[];
  const aliases = groupBy(
    statement(
      db,
      `SELECT source_id AS sourceId, alias, kind FROM source_aliases WHERE source_id IN ${IDS}
       ORDER BY source_id, ${ALIAS_ORDER}, alias COLLATE NOCASE`,
    ).all(JSON.stringify(sourceIds)) as { sourceId: string; alias: string; kind: AliasKind }[],
    (row) => row.sourceId,
  );
  return rows.map((row) =>
    sourceFromRow(
      row,
      (aliases.get(row.id) ?? []).map(({ alias, kind }) => ({ alias, kind })),
    ),
  );
}

/**
 * The kind of source each name is in the registry, by its name or one of its alias names
 * (abbreviations too: "MoD"), keyed by the folded name. A name two sources share with different
 * kinds is left out, since it says nothing certain. Merged-away sources answer for the source they
 * were merged into.
 */
export function sourceKindsByName(db: Database.Database, names: readonly string[]): Map<string, SourceKind> {
  const wanted = [...new Set(names.map((name) => name.trim()).filter(Boolean))];
  const kinds = new Map<string, SourceKind | null>();
  if (wanted.length === 0) return new Map();
  const rows = statement(
    db,
    `WITH wanted(name) AS (SELECT value FROM json_each(?))
     SELECT s.name AS name, coalesce(m.kind, s.kind) AS kind FROM sources s
       LEFT JOIN sources m ON m.id = s.merged_into
       JOIN wanted w ON w.name = s.name COLLATE NOCASE
     UNION ALL
     SELECT a.alias AS name, coalesce(m.kind, s.kind) AS kind FROM source_aliases a
       JOIN sources s ON s.id = a.source_id
       LEFT JOIN sources m ON m.id = s.merged_into
       JOIN wanted w ON w.name = a.alias COLLATE NOCASE
     WHERE a.kind IN ('name', 'abbreviation')`,
  ).all(JSON.stringify(wanted)) as { name: string; kind: SourceKind }[];
  for (const row of rows) {
    const key = foldReviewerName(row.name);
    const known = kinds.get(key);
    kinds.set(key, known === undefined || known === row.kind ? row.kind : null);
  }
  return new Map([...kinds].filter((entry): entry is [string, SourceKind] => entry[1] !== null));
}

/**
 * The Wikidata item of the registry source each name is, by its name or one of its alias names
 * (abbreviations too), keyed by the folded name. Only confirmed sources count, and a merged-away
 * source answers with the item of the source it was merged into. A name that leads to two
 * different items, or to a source without one, says nothing certain and is left out: an item is
 * published as the claimant's identity, so it must be theirs.
 */
export function sourceWikidataIdsByName(db: Database.Database, names: readonly string[]): Map<string, string> {
  const wanted = [...new Set(names.map((name) => name.trim()).filter(Boolean))];
  if (wanted.length === 0) return new Map();
  const rows = statement(
    db,
    `WITH wanted(name) AS (SELECT value FROM json_each(?)),
     named(name, sourceId) AS (
       SELECT s.name, coalesce(s.merged_into, s.id) FROM sources s JOIN wanted w ON w.name = s.name COLLATE NOCASE
       UNION ALL
       SELECT a.alias, coalesce(s.merged_into, s.id) FROM source_aliases a
         JOIN sources s ON s.id = a.source_id
         JOIN wanted w ON w.name = a.alias COLLATE NOCASE
       WHERE a.kind IN ('name', 'abbreviation'))
     SELECT n.name AS name, CASE WHEN live.confirmed = 1 THEN live.wikidata_id END AS wikidataId
     FROM named n JOIN sources live ON live.id = n.sourceId`,
  ).all(JSON.stringify(wanted)) as { name: string; wikidataId: string | null }[];
  const items = new Map<string, string | null>();
  for (const row of rows) {
    const key = foldReviewerName(row.name);
    const known = items.get(key);
    items.set(key, known === undefined || known === row.wikidataId ? row.wikidataId : null);
  }
  return new Map([...items].filter((entry): entry is [string, string] => entry[1] !== null));
}

/** The whole verdict scale, archived ratings included, in display order. */
export function allRatings(db: Database.Database): Rating[] {
  const rows = statement(
    db,
    `SELECT id, key, label, color, ordinal, rating_value AS ratingValue, description, archived
     FROM ratings ORDER BY ordinal, key`,
  ).all() as (Omit<Rating, 'archived'> & { archived: number })[];
  return rows.map((row) => ({ ...row, archived: row.archived === 1 }));
}
