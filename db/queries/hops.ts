import type Database from 'better-sqlite3';
import type { z } from 'zod';

import { cueInText } from '../../core/anchoring/span-anchor.js';
import type { hopInputSchema } from '../../core/api/claim-inputs.js';
import type { AttributionHop } from '../../core/domain.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { findOrCreateSource, indexSourceNames, liveSourceId, type SourceNameIndex } from './source-names.js';

export type HopInput = z.infer<typeof hopInputSchema>;

/** A hop ready to store: its source exists and its cue has been checked against the text. */
export type ResolvedHop = Pick<AttributionHop, 'sourceId' | 'kind' | 'cue' | 'stance'>;

/**
 * Checks a chain against the document text and the registry, creating the new sources it names
 * (or reusing a source that already has the name). Call inside the transaction that stores it.
 */
export function resolveHops(
  db: Database.Database,
  text: string,
  hops: readonly HopInput[],
  names: SourceNameIndex = indexSourceNames(db),
): ResolvedHop[] {
  return hops.map((hop, index): ResolvedHop => {
    let sourceId: string;
    if (hop.sourceId) {
      sourceId = liveSourceId(db, hop.sourceId);
    } else if (hop.newSource) {
      sourceId = findOrCreateSource(db, hop.newSource.name, hop.newSource.kind, names);
    } else {
      // The contract's schema already refuses this; kept so a direct caller cannot store a hop
      // that names nobody.
      throw new TypeError(`Hop ${index + 1} names no source.`);
    }
    const cue = hop.cue ? cueInText(text, hop.cue, `The cue of hop ${index + 1}`) : null;
    return { sourceId, kind: hop.kind, cue, stance: hop.stance ?? null };
  });
}

/** Replaces a claim's whole chain; ordinals run from 0 at the document end to the origin. */
export function writeHops(db: Database.Database, claimId: string, hops: readonly ResolvedHop[]): void {
  statement(db, 'DELETE FROM attribution_hops WHERE claim_id = ?').run(claimId);
  const at = now();
  const insert = statement(
    db,
    `INSERT INTO attribution_hops (id, claim_id, ordinal, source_id, kind, cue_start, cue_end, cue_text, stance, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  hops.forEach((hop, ordinal) => {
    insert.run(
      newId(),
      claimId,
      ordinal,
      hop.sourceId,
      hop.kind,
      hop.cue?.start ?? null,
      hop.cue?.end ?? null,
      hop.cue?.text ?? null,
      hop.stance,
      at,
      at,
    );
  });
}
