// What the history keeps of an attribution chain and of a rationale. A chain read as its source
// names, or a rationale read as its plain text, looks the same before and after a change of cue,
// hop kind, stance or link target; so the history keeps those too, and the history lines say which
// one changed. Older workbenches stored only the names and the plain text, which still read.
import type { AttributionHop } from '../domain.js';
import { richTextLinks, richTextOutline } from '../text/rich-text-links.js';

/** One hop as the history keeps it. */
export interface HopSnapshot {
  source: string;
  sourceId: string;
  kind: string;
  cue: string | null;
  /** Where the cue starts in the document, so moving it to another "said" is a change too. */
  cueStart: number | null;
  stance: string | null;
}

export interface ChainSnapshot {
  /** The chain as a person reads it: "AFP → NLF spokesman Naji Mustafa". */
  chain: string;
  hops: HopSnapshot[];
}

/** A chain read back from the history: its words, and its hops when they were kept. */
export interface StoredChain {
  text: string | null;
  hops: HopSnapshot[] | null;
}

export interface RationaleSnapshot {
  text: string;
  /** The link targets of the rich text, in reading order. */
  links: string[];
}

/** A rationale read back from the history: its words, and its links when they were kept. */
export interface StoredRationale {
  text: string;
  links: string[] | null;
}

/** The hops of a chain as the history keeps them. */
export function hopSnapshots(hops: readonly AttributionHop[]): HopSnapshot[] {
  return hops.map((hop) => ({
    source: hop.sourceName,
    sourceId: hop.sourceId,
    kind: hop.kind,
    cue: hop.cue?.text ?? null,
    cueStart: hop.cue?.start ?? null,
    stance: hop.stance,
  }));
}

/** What the history stores for a chain; null for no chain at all. */
export function chainSnapshot(hops: readonly HopSnapshot[]): ChainSnapshot | null {
  if (hops.length === 0) return null;
  return { chain: hops.map((hop) => hop.source).join(' → '), hops: [...hops] };
}

/** What the history stores for a rationale: its plain text and the links its rich text holds. */
export function rationaleSnapshot(text: string, json: string | null | undefined): RationaleSnapshot {
  return { text, links: richTextLinks(json) };
}

export function readStoredChain(stored: string | null): StoredChain {
  if (stored === null) return { text: null, hops: null };
  const parsed = parseRecord(stored);
  if (parsed && typeof parsed.chain === 'string' && Array.isArray(parsed.hops) && parsed.hops.every(isHop)) {
    return { text: parsed.chain, hops: parsed.hops.map(normaliseHop) };
  }
  return { text: stored, hops: null };
}

/**
 * A rationale as it was stored: a snapshot, the plain text alone (older history), or the editor
 * state itself (what a merged bundle recorded before snapshots).
 */
export function readStoredRationale(stored: string | null): StoredRationale {
  if (stored === null) return { text: '', links: null };
  const parsed = parseRecord(stored);
  if (parsed && typeof parsed.text === 'string' && Array.isArray(parsed.links) && parsed.links.every((link) => typeof link === 'string')) {
    return { text: parsed.text, links: parsed.links };
  }
  const outline = parsed ? richTextOutline(stored) : null;
  return outline ?? { text: stored, links: null };
}

function isHop(value: unknown): value is Partial<HopSnapshot> & Pick<HopSnapshot, 'source' | 'kind'> {
  if (typeof value !== 'object' || value === null) return false;
  const hop = value as Record<string, unknown>;
  return typeof hop.source === 'string' && typeof hop.kind === 'string';
}

/** A hop with every part present, whatever a bundle from elsewhere left out. */
function normaliseHop(hop: Partial<HopSnapshot> & Pick<HopSnapshot, 'source' | 'kind'>): HopSnapshot {
  return {
    source: hop.source,
    sourceId: typeof hop.sourceId === 'string' ? hop.sourceId : '',
    kind: hop.kind,
    cue: typeof hop.cue === 'string' ? hop.cue : null,
    cueStart: typeof hop.cueStart === 'number' ? hop.cueStart : null,
    stance: typeof hop.stance === 'string' ? hop.stance : null,
  };
}

function parseRecord(stored: string): Record<string, unknown> | null {
  if (!stored.trimStart().startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
