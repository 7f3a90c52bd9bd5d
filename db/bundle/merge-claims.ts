// Claims merge by ID. A claim's chain and tags are part of it (editing them touches the claim's
// updated_at), so they travel with whichever version of the claim wins.
import type { BundleClaim, BundleHop } from '../../core/bundle/format.js';
import { chooseVersion, lastChangeOf } from '../../core/bundle/merge-rules.js';
import { chainSnapshot, rationaleSnapshot } from '../../core/review/history-snapshots.js';
import { foldName } from '../../core/text/fold-name.js';
import { newId } from '../ids.js';
import { statement } from '../statement-cache.js';
import { CLAIM_COLUMNS, type ClaimRow, HOP_COLUMNS, toBundleClaim } from './bundle-rows.js';
import { claimChanged, count, mapped, type MergeContext, recordOverwrite } from './merge-context.js';

/** What the reviewer recorded about a claim, as the history names each part. */
interface ClaimContent {
  anchor: { quote: string; prefix: string; suffix: string; start: number | null; end: number | null; orphaned: boolean };
  statement: string;
  claimant: string;
  kind: string;
  checkworthiness: number | null;
  status: string;
  rating: string | null;
  assignee: string | null;
  rationale: string;
  rationaleJson: string | null;
  notesText: string;
  notesJson: string | null;
  origin: string;
  deleted: string | null;
  chain: {
    sourceId: string;
    kind: string;
    cueStart: number | null;
    cueEnd: number | null;
    cueText: string | null;
    stance: string | null;
  }[];
  tags: string[];
}

type ContentField = keyof ClaimContent;
export const CONTENT_FIELDS = [
  'anchor',
  'statement',
  'claimant',
  'kind',
  'checkworthiness',
  'status',
  'rating',
  'assignee',
  'rationale',
  'rationaleJson',
  'notesText',
  'notesJson',
  'origin',
  'deleted',
  'chain',
  'tags',
] as const satisfies readonly ContentField[];

export function mergeBundleClaims(context: MergeContext): void {
  const { db, bundle } = context;
  const hopsByClaim = group(bundle.hops, (hop) => hop.claimId);
  const tagNames = new Map(bundle.tags.map((tag) => [tag.id, tag.name]));
  const tagsByClaim = new Map<string, string[]>();
  for (const row of bundle.claimTags) {
    const list = tagsByClaim.get(row.claimId) ?? [];
    list.push(mapped(context.tagIds, row.tagId));
    tagsByClaim.set(row.claimId, list);
  }
  const sources = sourceDirectory(context);
  const localTagNames = new Map(
    (statement(db, 'SELECT id, name FROM tags').all() as { id: string; name: string }[]).map((tag) => [tag.id, tag.name]),
  );
  const nameOfTag = (id: string) => localTagNames.get(id) ?? tagNames.get(id) ?? id;

  for (const bundleClaim of bundle.claims) {
    const incoming: BundleClaim = {
      ...bundleClaim,
      documentId: mapped(context.documentIds, bundleClaim.documentId),
      ratingId: mapped(context.ratingIds, bundleClaim.ratingId),
    };
    const incomingHops = hopsByClaim.get(incoming.id) ?? [];
    const incomingTags = tagsByClaim.get(incoming.id) ?? [];
    const row = statement(db, `SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = ?`).get(incoming.id) as ClaimRow | undefined;
    if (!row) {
      insertClaim(context, incoming);
      writeHops(context, incoming.id, incomingHops);
      writeTags(context, incoming.id, incomingTags);
      count(context, 'added', 'claims');
      claimChanged(context, incoming.documentId, incoming.id);
      continue;
    }
    const existing = toBundleClaim(row);
    const localHops = statement(db, `SELECT ${HOP_COLUMNS} FROM attribution_hops WHERE claim_id = ? ORDER BY ordinal`).all(
      existing.id,
    ) as BundleHop[];
    const localTags = (
      statement(db, 'SELECT tag_id AS tagId FROM claim_tags WHERE claim_id = ?').all(existing.id) as { tagId: string }[]
    ).map((tag) => tag.tagId);
    const before = contentOf(existing, localHops, localTags.map(nameOfTag), sources.root);
    const after = contentOf(incoming, incomingHops, incomingTags.map(nameOfTag), sources.root);
    const differing = CONTENT_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
    const identical = differing.length === 0 && existing.createdAt === incoming.createdAt && existing.updatedAt === incoming.updatedAt;
    const resolution = chooseVersion(lastChangeOf(existing), lastChangeOf(incoming), identical);
    if (resolution !== 'incoming') {
      count(context, 'skipped', 'claims');
      continue;
    }
    // A claim never moves to another document; its document is the workbench's copy.
    updateClaim(context, { ...incoming, documentId: existing.documentId });
    if (differing.includes('chain')) writeHops(context, incoming.id, incomingHops);
    if (differing.includes('tags')) writeTags(context, incoming.id, incomingTags);
    if (differing.length === 0) {
      count(context, 'skipped', 'claims');
      continue;
    }
    count(context, 'updated', 'claims');
    claimChanged(context, existing.documentId, incoming.id);
    if (lastChangeOf(existing) === null) continue;
    for (const field of differing) {
      // The rationale's words and its editor state are one change: its line shows both.
      if (field === 'rationaleJson' && differing.includes('rationale')) continue;
      recordOverwrite(context, {
        entity: 'claim',
        entityId: incoming.id,
        claimId: incoming.id,
        field,
        oldValue: historyValue(field, before, sources.name),
        newValue: historyValue(field, after, sources.name),
      });
    }
  }
}

function contentOf(claim: BundleClaim, hops: readonly BundleHop[], tags: readonly string[], root: (id: string) => string): ClaimContent {
  return {
    anchor: {
      quote: claim.quote,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.startOffset,
      end: claim.endOffset,
      orphaned: claim.orphaned,
    },
    statement: claim.statement,
    claimant: claim.claimant,
    kind: claim.kind,
    checkworthiness: claim.checkworthiness,
    status: claim.status,
    rating: claim.ratingId,
    assignee: claim.assignee,
    rationale: claim.rationaleText,
    rationaleJson: claim.rationaleJson,
    notesText: claim.notesText,
    notesJson: claim.notesJson,
    origin: claim.origin,
    deleted: claim.deletedAt,
    // Merged sources are compared by the source they live on in, as the reader shows them.
    chain: [...hops]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((hop) => ({
        sourceId: root(hop.sourceId),
        kind: hop.kind,
        cueStart: hop.cueStart,
        cueEnd: hop.cueEnd,
        cueText: hop.cueText,
        stance: hop.stance,
      })),
    tags: [...new Set(tags.map(foldName))].sort(),
  };
}

/** A value as the history keeps it: the chain hop by hop, the rationale with its links, the anchor as offsets and quote. */
function historyValue(field: ContentField, content: ClaimContent, sourceName: (id: string) => string): unknown {
  if (field === 'chain') {
    return chainSnapshot(
      content.chain.map((hop) => ({
        source: sourceName(hop.sourceId),
        sourceId: hop.sourceId,
        kind: hop.kind,
        cue: hop.cueText,
        cueStart: hop.cueStart,
        stance: hop.stance,
      })),
    );
  }
  if (field === 'rationale' || field === 'rationaleJson') return rationaleSnapshot(content.rationale, content.rationaleJson);
  if (field === 'anchor') {
    const { start, end, quote } = content.anchor;
    return { start, end, quote };
  }
  return content[field];
}

/** How sources resolve after the source merge: the source a merged one lives on in, and names. */
function sourceDirectory(context: MergeContext): { root: (id: string) => string; name: (id: string) => string } {
  const rows = statement(context.db, 'SELECT id, name, merged_into AS mergedInto FROM sources').all() as {
    id: string;
    name: string;
    mergedInto: string | null;
  }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const root = (id: string): string => byId.get(id)?.mergedInto ?? id;
  return { root, name: (id) => byId.get(root(id))?.name ?? id };
}

function insertClaim(context: MergeContext, claim: BundleClaim): void {
  statement(
    context.db,
    `INSERT INTO claims (id, document_id, quote, prefix, suffix, start_offset, end_offset, orphaned, statement, claimant, kind,
       checkworthiness, status, rating_id, assignee, rationale_json, rationale_text, notes_json, notes_text, origin,
       created_at, updated_at, deleted_at)
     VALUES (@id, @documentId, @quote, @prefix, @suffix, @startOffset, @endOffset, @orphaned, @statement, @claimant, @kind,
       @checkworthiness, @status, @ratingId, @assignee, @rationaleJson, @rationaleText, @notesJson, @notesText, @origin,
       @createdAt, @updatedAt, @deletedAt)`,
  ).run({ ...claim, orphaned: claim.orphaned ? 1 : 0 });
}

function updateClaim(context: MergeContext, claim: BundleClaim): void {
  statement(
    context.db,
    `UPDATE claims SET quote = @quote, prefix = @prefix, suffix = @suffix, start_offset = @startOffset,
       end_offset = @endOffset, orphaned = @orphaned, statement = @statement, claimant = @claimant, kind = @kind,
       checkworthiness = @checkworthiness, status = @status, rating_id = @ratingId, assignee = @assignee,
       rationale_json = @rationaleJson,
       rationale_text = @rationaleText, notes_json = @notesJson, notes_text = @notesText, origin = @origin,
       created_at = @createdAt, updated_at = @updatedAt, deleted_at = @deletedAt
     WHERE id = @id`,
  ).run({ ...claim, orphaned: claim.orphaned ? 1 : 0 });
}

function writeHops(context: MergeContext, claimId: string, hops: readonly BundleHop[]): void {
  const { db } = context;
  statement(db, 'DELETE FROM attribution_hops WHERE claim_id = ?').run(claimId);
  const taken = statement(db, 'SELECT 1 FROM attribution_hops WHERE id = ?');
  const insert = statement(
    db,
    `INSERT INTO attribution_hops (id, claim_id, ordinal, source_id, kind, cue_start, cue_end, cue_text, stance, created_at, updated_at)
     VALUES (@id, @claimId, @ordinal, @sourceId, @kind, @cueStart, @cueEnd, @cueText, @stance, @createdAt, @updatedAt)`,
  );
  for (const hop of hops) insert.run({ ...hop, id: taken.get(hop.id) ? newId() : hop.id, claimId });
}

function writeTags(context: MergeContext, claimId: string, tagIds: readonly string[]): void {
  const { db } = context;
  statement(db, 'DELETE FROM claim_tags WHERE claim_id = ?').run(claimId);
  const insert = statement(db, 'INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)');
  for (const tagId of tagIds) insert.run(claimId, tagId);
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
