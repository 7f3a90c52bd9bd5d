import type Database from 'better-sqlite3';
import type { z } from 'zod';

import { anchorInText } from '../../core/anchoring/span-anchor.js';
import type { suggestionSchema } from '../../core/api/detection.js';
import { ApiError } from '../../core/api/result.js';
import { withoutContext } from '../../core/claims/claim-context.js';
import type { Claim } from '../../core/domain.js';
import { insertClaim } from '../queries/claim-create.js';
import { getClaim, listClaims } from '../queries/claims.js';
import { getDocument } from '../queries/document-detail.js';
import type { ResolvedHop } from '../queries/hops.js';
import { liveSourceId } from '../queries/source-names.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { claimCoverage } from './already-claimed.js';
import { sourceMatcher } from './match-source.js';

export type SuggestionInput = z.infer<typeof suggestionSchema>;

/**
 * Turns suggestions into claims with their chains, all in one transaction: either every
 * suggestion becomes a claim or none does. Suggestions a live claim already stands for (say, a
 * second click on "accept") are skipped. A suggested source is first looked for in the registry
 * by name, alias and — for people — surname; only when none fits is it created, unconfirmed, with
 * the kind detection guessed, for a reviewer to confirm, merge or discard.
 */
export function acceptSuggestions(db: Database.Database, documentId: string, suggestions: readonly SuggestionInput[]): Claim[] {
  return writeTransaction(db, () => {
    const { text } = getDocument(db, documentId);
    for (const suggestion of suggestions) assertStillInText(text, suggestion);
    const sources = sourceMatcher(db);
    // Claims already in the document and those this batch adds, so a repeated suggestion is skipped.
    const claimed = claimCoverage(listClaims(db, documentId));
    const created: Claim[] = [];
    for (const suggestion of suggestions) {
      if (claimed.covers(suggestion)) continue;
      const anchor = anchorInText(text, suggestion.claim.start, suggestion.claim.end, 'The suggested claim');
      // The cue names how the document attributes the claim; when the reviewer started the chain at
      // the commenter who posted it, the cue belongs to the hop after them.
      const commenter = suggestion.fromComment?.commenter;
      const cueHop =
        commenter && suggestion.hops.length > 1 && suggestion.hops[0]!.sourceId === null && suggestion.hops[0]!.source === commenter
          ? 1
          : 0;
      const hops = suggestion.hops.map((hop, index): ResolvedHop => {
        const sourceId = hop.sourceId ? liveSourceId(db, hop.sourceId) : sources.findOrCreate(hop.source, hop.sourceKind);
        const cue = index === cueHop && suggestion.cue ? suggestion.cue : null;
        return { sourceId, kind: hop.kind, cue, stance: hop.stance };
      });
      const last = suggestion.hops.at(-1)!;
      const id = insertClaim(
        db,
        {
          documentId,
          anchor,
          // The origin of the chain as the registry names it, which may be spelt differently
          // from the words detection saw when they matched an existing source.
          claimant: sourceName(db, hops.at(-1)!.sourceId),
          kind: suggestion.kind === 'quote' || last.kind === 'quote' ? 'quote' : 'factual',
          origin: 'detected',
        },
        hops,
      );
      const claim = withoutContext(getClaim(db, id));
      created.push(claim);
      claimed.add(claim);
    }
    return created;
  });
}

/** Every span of a suggestion must still show the words it was made from. */
function assertStillInText(text: string, suggestion: SuggestionInput): void {
  const spans = [suggestion.claim, suggestion.mention, ...(suggestion.cue ? [suggestion.cue] : [])];
  for (const span of spans) {
    if (span.end <= span.start || text.slice(span.start, span.end) !== span.text) {
      throw new ApiError(
        'conflict',
        `The document changed since the suggestions were made: "${preview(span.text)}" is no longer at ${span.start}–${span.end}. Ask for new suggestions.`,
      );
    }
  }
}

function sourceName(db: Database.Database, id: string): string {
  const row = statement(db, 'SELECT name FROM sources WHERE id = ?').get(id) as { name: string } | undefined;
  return row?.name ?? '';
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
