// Sources merge by ID first: the seed registry has fixed IDs, so TASS is the same row in every
// workbench. A source the workbench lacks but whose name it already has ("Naji Mustafa", added by
// both reviewers) is kept under its own ID and merged into the workbench's source, exactly as a
// reviewer would merge two entries: hops that name either ID then lead to one source, and a later
// bundle from the same colleague still finds its ID. Names are matched whatever the kinds say,
// because the registry allows one source per name; the workbench's kind is kept.
//
// A Wikidata item names one thing in the world, so it matches too, and before the name: a new
// source whose item one (and only one) source here already has is that source, however the two
// desks spell it ("Naji Mustafa" and "Naji Moustafa", "MoD" and "Ministry of Defence"), and is
// merged into it the same way. A source matched by name gains the bundle's item when it has none;
// when both have items and they differ, the workbench keeps its own and the summary says so, for a
// reviewer to settle. Only rows the workbench had are matched by item: two sources the bundle's own
// registry keeps apart stay apart.
//
// A merge of two sources is never undone by a bundle: a source merged on either side ends up
// merged.
import type { BundleSource } from '../../core/bundle/format.js';
import { chooseVersion, differingFields, lastChangeOf, matchingSourceId, soleItemHolders } from '../../core/bundle/merge-rules.js';
import { foldName } from '../../core/text/fold-name.js';
import { recordHistory } from '../history.js';
import { newId, now } from '../ids.js';
import { mergeSources } from '../queries/source-merge.js';
import { liveSourceId } from '../queries/source-names.js';
import { statement } from '../statement-cache.js';
import { sourceRows } from './bundle-rows.js';
import { count, type MergeContext, recordOverwrite } from './merge-context.js';

export const CONTENT_FIELDS = ['name', 'kind', 'country', 'stateAffiliated', 'notes', 'wikidataId', 'confirmed', 'aliases'] as const;

export function mergeBundleSources(context: MergeContext): void {
  const { db, bundle } = context;
  const local = new Map(sourceRows(db, null).map((source) => [source.id, source]));
  // Unmerged sources by folded name: the registry's rule is one source per name.
  const byName = new Map<string, string>();
  for (const source of local.values()) if (source.mergedInto === null) byName.set(foldName(source.name), source.id);

  // Rows both sides hold go first, so a rename in the bundle frees or takes a name before the
  // bundle's new sources are matched by name.
  const shared = bundle.sources.filter((source) => local.has(source.id));
  const added = bundle.sources.filter((source) => !local.has(source.id));
  for (const incoming of shared) updateShared(context, local.get(incoming.id)!, incoming, byName);

  const byItem = sourcesByWikidataItem(context);
  const foldInto: { from: BundleSource; into: string }[] = [];
  for (const incoming of added) {
    insertSource(context, incoming);
    count(context, 'added', 'sources');
    if (incoming.mergedInto !== null) continue;
    const into = matchingSourceId(incoming, byItem, byName);
    if (into) foldInto.push({ from: incoming, into });
    else byName.set(foldName(incoming.name), incoming.id);
  }
  if (added.length > 0) context.sourcesChanged = true;

  // Merges the bundle already made travel as they are: the bundle moved the aliases and hops.
  for (const incoming of added) {
    if (incoming.mergedInto === null) continue;
    const target = liveSourceId(db, incoming.mergedInto);
    if (target !== incoming.id) statement(db, 'UPDATE sources SET merged_into = ? WHERE id = ?').run(target, incoming.id);
  }
  for (const { from, into } of foldInto) {
    mergeSources(db, from.id, into);
    adoptWikidataItem(context, from, into);
    context.summary.matched.sources += 1;
  }
  // A source the workbench still has on its own but the bundle's reviewer merged away.
  const mergedHere = statement(db, 'SELECT merged_into AS mergedInto FROM sources WHERE id = ?');
  for (const incoming of shared) {
    if (incoming.mergedInto === null) continue;
    if ((mergedHere.get(incoming.id) as { mergedInto: string | null }).mergedInto !== null) continue;
    const target = liveSourceId(db, incoming.mergedInto);
    if (target === incoming.id) continue;
    mergeSources(db, incoming.id, target);
    context.sourcesChanged = true;
  }
}

function updateShared(context: MergeContext, existing: BundleSource, incoming: BundleSource, byName: Map<string, string>): void {
  const differing = differingFields(existing, incoming, CONTENT_FIELDS);
  const identical = differing.length === 0 && existing.createdAt === incoming.createdAt && existing.updatedAt === incoming.updatedAt;
  const resolution = chooseVersion(lastChangeOf(existing), lastChangeOf(incoming), identical);
  if (resolution !== 'incoming') {
    count(context, 'skipped', 'sources');
    return;
  }
  const { db } = context;
  let name = incoming.name;
  const holder = byName.get(foldName(name));
  if (holder && holder !== incoming.id && existing.mergedInto === null) {
    name = existing.name;
    context.summary.notes.push(
      `The source "${existing.name}" kept its name: the bundle renames it to "${incoming.name}", which another source here already has.`,
    );
  }
  statement(
    db,
    `UPDATE sources SET name = ?, kind = ?, country = ?, state_affiliated = ?, notes = ?, wikidata_id = ?, confirmed = ?,
       created_at = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    name,
    incoming.kind,
    incoming.country,
    incoming.stateAffiliated ? 1 : 0,
    incoming.notes,
    incoming.wikidataId ?? existing.wikidataId,
    // A source either side confirmed stays confirmed.
    incoming.confirmed || existing.confirmed ? 1 : 0,
    incoming.createdAt,
    incoming.updatedAt,
    incoming.id,
  );
  if (existing.mergedInto === null) {
    byName.delete(foldName(existing.name));
    byName.set(foldName(name), incoming.id);
    // A merged source's aliases live on the source it was merged into.
    if (differing.includes('aliases')) replaceAliases(context, incoming.id, incoming.aliases);
  }
  if (differing.length === 0) {
    count(context, 'skipped', 'sources');
    return;
  }
  count(context, 'updated', 'sources');
  context.sourcesChanged = true;
  if (lastChangeOf(existing) === null) return;
  for (const field of differing) {
    recordOverwrite(context, { entity: 'source', entityId: incoming.id, field, oldValue: existing[field], newValue: incoming[field] });
  }
}

/** Unmerged sources by Wikidata item, as the workbench has them before the bundle's new sources go in. */
function sourcesByWikidataItem(context: MergeContext): Map<string, string> {
  const rows = statement(
    context.db,
    'SELECT id, wikidata_id AS wikidataId FROM sources WHERE merged_into IS NULL AND wikidata_id IS NOT NULL',
  ).all() as { id: string; wikidataId: string }[];
  return soleItemHolders(rows);
}

/**
 * After a bundle's source was merged into one here: the source here gains the bundle's Wikidata
 * item when it has none, and a different item on each side is left as the workbench has it and
 * reported, since a name shared by two items ("Al-Watan") may mean two outlets.
 */
function adoptWikidataItem(context: MergeContext, from: BundleSource, intoId: string): void {
  if (!from.wikidataId) return;
  const into = statement(context.db, 'SELECT name, wikidata_id AS wikidataId FROM sources WHERE id = ?').get(intoId) as {
    name: string;
    wikidataId: string | null;
  };
  if (into.wikidataId === from.wikidataId) return;
  if (into.wikidataId !== null) {
    context.summary.notes.push(
      `The source "${from.name}" was merged into "${into.name}", which has the same name, but the two name different Wikidata items (${from.wikidataId} in the bundle, ${into.wikidataId} here); "${into.name}" kept ${into.wikidataId}.`,
    );
    return;
  }
  statement(context.db, 'UPDATE sources SET wikidata_id = ?, updated_at = ? WHERE id = ?').run(from.wikidataId, now(), intoId);
  recordHistory(
    context.db,
    { entity: 'source', entityId: intoId, action: 'update', field: 'wikidataId', oldValue: null, newValue: from.wikidataId },
    context.actor,
  );
}

function insertSource(context: MergeContext, source: BundleSource): void {
  // merged_into is set once every source of the bundle is in, since it may point at a later one.
  statement(
    context.db,
    `INSERT INTO sources (id, name, kind, country, state_affiliated, notes, wikidata_id, confirmed, merged_into, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  ).run(
    source.id,
    source.name,
    source.kind,
    source.country,
    source.stateAffiliated ? 1 : 0,
    source.notes,
    source.wikidataId,
    source.confirmed ? 1 : 0,
    source.createdAt,
    source.updatedAt,
  );
  replaceAliases(context, source.id, source.aliases);
}

function replaceAliases(context: MergeContext, sourceId: string, aliases: BundleSource['aliases']): void {
  statement(context.db, 'DELETE FROM source_aliases WHERE source_id = ?').run(sourceId);
  const insert = statement(
    context.db,
    'INSERT INTO source_aliases (id, source_id, alias, kind) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const seen = new Set<string>();
  for (const { alias, kind } of aliases) {
    if (seen.has(foldName(alias))) continue;
    seen.add(foldName(alias));
    insert.run(newId(), sourceId, alias, kind);
  }
}
