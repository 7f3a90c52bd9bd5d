// What a new version of a document did to a claim's passage. The diff between the two texts says
// where each old place is now, so a passage that only shifted because words were added before it
// is told apart from one that went to another paragraph, and from one whose words were changed.
import { createAnchor } from '../anchoring.js';
import { findAnchorAgain, type StoredAnchor } from '../anchoring/find-again.js';
import type { Anchor } from '../domain.js';
import type { OldToNewOffsets } from '../text/diff-offsets.js';
import type { RevisionKind } from './revisions.js';

/** A quoted passage and where it is, in UTF-16 offsets. */
export interface QuotedSpan {
  quote: string;
  start: number;
  end: number;
}

/** Where a claim's passage is in the new version (null: nowhere), and what the version did to it (null: nothing). */
export interface RevisedPlacement {
  anchor: Anchor | null;
  kind: RevisionKind | null;
}

/**
 * A reworded passage is still the claim's when at least this share of its characters were kept
 * where they were: "14 people were injured" becoming "41 people were injured" is the same claim
 * with other words, a sentence replaced by another is not.
 */
export const MIN_KEPT_SHARE = 0.5;

/**
 * Places a stored claim in the new text and says what happened to it. The place the diff carries
 * the passage to is taken first when its words are unchanged there: it is exact where a search for
 * the quote could land on another copy of the same sentence. Then the quote found verbatim
 * elsewhere (a moved passage); then the carried place when most of the passage was kept there (a
 * reworded one, whose changed context may defeat the search); then the anchor's approximate search.
 * A claim that had no place in the old text (an orphan already) was not in the old version, so
 * nothing is said about it.
 */
export function placeInNewVersion(offsets: OldToNewOffsets, newText: string, stored: StoredAnchor): RevisedPlacement {
  if (stored.start === null || stored.end === null) return { anchor: findAnchorAgain(newText, stored), kind: null };
  const old: QuotedSpan = { quote: stored.quote, start: stored.start, end: stored.end };
  const anchor = placement(offsets, newText, stored, old);
  return { anchor, kind: revisionKind(offsets, old, anchor) };
}

function placement(offsets: OldToNewOffsets, newText: string, stored: StoredAnchor, old: QuotedSpan): Anchor | null {
  const carried = offsets.span(old.start, old.end);
  if (old.quote && newText.slice(carried.start, carried.end) === old.quote) return createAnchor(newText, carried.start, carried.end);
  const found = findAnchorAgain(newText, stored);
  if (found?.quote === old.quote) return found;
  if (carried.end > carried.start && offsets.keptShare(old.start, old.end) >= MIN_KEPT_SHARE) {
    return createAnchor(newText, carried.start, carried.end);
  }
  return found;
}

/**
 * changed when the words found differ (beyond spacing and line breaks), vanished when none were
 * found, moved when they are the same words but do not touch the place the diff carries the old
 * passage to; null when the passage is where the edits around it left it, with its words.
 */
export function revisionKind(offsets: OldToNewOffsets, old: QuotedSpan, placed: QuotedSpan | null): RevisionKind | null {
  if (!placed) return 'vanished';
  if (!sameWording(old.quote, placed.quote)) return 'changed';
  const carried = offsets.span(old.start, old.end);
  const touches = placed.start <= carried.end && carried.start <= placed.end;
  return touches ? null : 'moved';
}

/** The same words: a passage re-wrapped onto other lines, or respaced, says the same thing. */
export function sameWording(a: string, b: string): boolean {
  return collapseSpace(a) === collapseSpace(b);
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
