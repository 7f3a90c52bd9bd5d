// The attribution chain as the reviewer edits it: hops in order from the document back to the
// origin, each naming a registry source or a new one to create. A hop whose source is still being
// chosen makes the chain incomplete, and an incomplete chain is not saved. Pure.
import type { AttributionHop, CueStance, HopKind, SourceKind } from '../../core/domain.js';
import type { HopInput } from './claim-commands.js';

export type HopSource = { id: string; name: string; kind: SourceKind } | { id: null; name: string; kind: SourceKind };

export interface DraftHop {
  /** Stable across reorders, for React and focus; not sent anywhere. */
  key: string;
  source: HopSource | null;
  kind: HopKind;
  cue: { start: number; end: number; text: string } | null;
  /** The stance of the cue; kept through every edit of the chain, null when not recorded. */
  stance: CueStance | null;
}

export function draftFromHops(hops: readonly AttributionHop[]): DraftHop[] {
  return [...hops]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((hop) => ({
      key: hop.id,
      source: { id: hop.sourceId, name: hop.sourceName, kind: hop.sourceKind },
      kind: hop.kind,
      cue: hop.cue,
      stance: hop.stance,
    }));
}

/** What claims.setChain takes, or null while a hop still has no source. */
export function inputsFromDraft(draft: readonly DraftHop[]): HopInput[] | null {
  const inputs: HopInput[] = [];
  for (const hop of draft) {
    if (!hop.source) return null;
    const cue = hop.cue ? { start: hop.cue.start, end: hop.cue.end } : null;
    inputs.push(
      hop.source.id !== null
        ? { sourceId: hop.source.id, kind: hop.kind, cue, stance: hop.stance }
        : { newSource: { name: hop.source.name, kind: hop.source.kind }, kind: hop.kind, cue, stance: hop.stance },
    );
  }
  return inputs;
}

export function moveHop(draft: readonly DraftHop[], index: number, delta: -1 | 1): DraftHop[] {
  const target = index + delta;
  if (index < 0 || index >= draft.length || target < 0 || target >= draft.length) return [...draft];
  const next = [...draft];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The kind a new hop most likely has: the document quotes its first source; further back, sources cite. */
export function likelyKind(position: number): HopKind {
  return position === 0 ? 'quote' : 'citing';
}

/**
 * `next` with the keys of the hops it continues from `previous`, so a chain saved or reloaded
 * keeps its rows (and the control the reviewer is on) rather than building new ones. A hop keeps
 * its key when it names the same source at the same place, or the same source elsewhere (a move),
 * or, failing both, when it took the place of a hop that is gone (a changed source).
 */
export function keepKeys(previous: readonly DraftHop[], next: readonly DraftHop[]): DraftHop[] {
  const taken = new Set<string>();
  const keys: (string | null)[] = next.map(() => null);
  const claim = (index: number, key: string) => {
    keys[index] = key;
    taken.add(key);
  };
  next.forEach((hop, index) => {
    const before = previous[index];
    if (before && sameSource(before.source, hop.source)) claim(index, before.key);
  });
  next.forEach((hop, index) => {
    if (keys[index] !== null) return;
    const moved = previous.find((before) => !taken.has(before.key) && sameSource(before.source, hop.source));
    if (moved) claim(index, moved.key);
  });
  next.forEach((_, index) => {
    const before = previous[index];
    if (keys[index] === null && before && !taken.has(before.key) && !next.some((hop) => hop.key === before.key)) claim(index, before.key);
  });
  return next.map((hop, index) => {
    const key = keys[index] ?? (taken.has(hop.key) ? `${hop.key}~${index}` : hop.key);
    return key === hop.key ? hop : { ...hop, key };
  });
}

/** The same source: the same registry entry, or the same name for one still to be created. */
function sameSource(a: HopSource | null, b: HopSource | null): boolean {
  if (!a || !b) return false;
  if (a.id !== null && b.id !== null) return a.id === b.id;
  return a.name.trim().toLowerCase() === b.name.trim().toLowerCase() && a.kind === b.kind;
}
