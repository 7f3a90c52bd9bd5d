// Whether a claim carried by many documents has many sources or one source repeated: the distinct
// origins behind its appearances.
//
// Every chain is read as a path of "relays → cites" steps, from the document's outlet to the last
// hop. All the chains of one claim make one graph; an origin is a source that, in that graph, cites
// nobody further. So when one article says "Sputnik reported" and another "Sputnik, citing TASS",
// both rest on TASS: the second text tells where Sputnik had it from. Sources that cite each other
// in a ring are one origin together (none of them is shown to be first).
//
// Registry identity: a hop names a registry source (merges already resolved by the caller); two
// sources holding the same Wikidata item are the same outlet. Unnamed sources are kept apart unless
// the text ties them together: "a ministry source" is identified by the path that reached it, so the
// same unnamed source cited through TASS in two articles is one origin, while "a source" in two
// unrelated articles is two.
import type { SourceKind } from '../domain.js';

export interface OriginSource {
  sourceId: string;
  name: string;
  kind: SourceKind;
  wikidataId: string | null;
}

/** One document carrying the claim, with every chain its text gives for it. */
export interface OriginAppearance {
  documentId: string;
  documentTitle: string;
  publishedAt: string | null;
  /** The document's outlet in the registry, when it is known. */
  outlet: OriginSource | null;
  /** The claim made in this document, when there is one (a linked passage may have none). */
  claimId: string | null;
  /** Chains of the claims covering the passage, hop nearest the reporter first; empty when none. */
  chains: OriginSource[][];
}

export interface OriginDocument {
  documentId: string;
  documentTitle: string;
  publishedAt: string | null;
  claimId: string | null;
  /**
   * Who passed the claim on, as this document tells it: its outlet, then each hop of the chain
   * that leads to the origin ("Eastern Wire Review → Sputnik → TASS"); empty when it tells nothing.
   */
  chain: string[];
}

export interface ClaimOrigin {
  /** Stable within one computation: the registry identity (or path, for unnamed sources). */
  key: string;
  /** The source's name; sources citing each other in a ring are named together ("TASS ⇄ Sputnik"). */
  name: string;
  kind: SourceKind;
  unnamed: boolean;
  /** The registry sources this origin stands for. */
  sourceIds: string[];
  /** For an unnamed origin: the source or outlet through which the text reached it. */
  via: string | null;
  /** The outlet's own reporting: a document that gives no source for the claim. */
  ownReporting: boolean;
  documents: OriginDocument[];
}

export const ORIGIN_FLAGS = ['single-origin', 'single-unnamed-origin'] as const;
export type OriginFlag = (typeof ORIGIN_FLAGS)[number];

/** What a list of claims can be narrowed to: every single-origin claim, or only those resting on an unnamed source. */
export const ORIGIN_FILTERS = ['single', 'single-unnamed'] as const;
export type OriginFilter = (typeof ORIGIN_FILTERS)[number];

export function matchesOriginFilter(flag: OriginFlag | null, filter: OriginFilter): boolean {
  return filter === 'single' ? flag !== null : flag === 'single-unnamed-origin';
}

/** The counts a list row shows beside a claim. */
export interface OriginCounts {
  documents: number;
  independent: number;
  /** Documents whose origin cannot be told. */
  untraced: number;
  flag: OriginFlag | null;
}

export function originCounts(origins: ClaimOrigins): OriginCounts {
  return { documents: origins.documentCount, independent: origins.origins.length, untraced: origins.untraced.length, flag: origins.flag };
}

export interface ClaimOrigins {
  documentCount: number;
  /** Most documents first. */
  origins: ClaimOrigin[];
  /** Documents whose passage has no chain and whose outlet is unknown: their origin cannot be told. */
  untraced: OriginDocument[];
  /** Set when two or more documents carry the claim and all of them rest on one origin. */
  flag: OriginFlag | null;
}

interface GraphNode {
  key: string;
  source: OriginSource;
  unnamed: boolean;
  via: string | null;
}

/** The graph of who cites whom, over every chain of every appearance. */
class CitationGraph {
  readonly nodes = new Map<string, GraphNode>();
  readonly cites = new Map<string, Set<string>>();

  add(node: GraphNode): string {
    if (!this.nodes.has(node.key)) this.nodes.set(node.key, node);
    return node.key;
  }

  link(from: string, to: string): void {
    if (from === to) return;
    const out = this.cites.get(from) ?? new Set<string>();
    out.add(to);
    this.cites.set(from, out);
  }
}

function namedKey(source: OriginSource): string {
  return source.wikidataId ? `wikidata:${source.wikidataId}` : `source:${source.sourceId}`;
}

/** Node keys of a chain, in order; an unnamed hop is keyed by the path that reached it. */
function chainNodes(graph: CitationGraph, appearance: OriginAppearance, chain: OriginSource[]): string[] {
  let previous: GraphNode | null = appearance.outlet ? graph.nodes.get(addOutlet(graph, appearance.outlet))! : null;
  const keys: string[] = [];
  for (const source of chain) {
    const unnamed = source.kind === 'unnamed';
    const reachedBy = previous?.key ?? `document:${appearance.documentId}`;
    const node: GraphNode = unnamed
      ? { key: `unnamed:${source.sourceId}@${reachedBy}`, source, unnamed, via: previous ? previous.source.name : null }
      : { key: namedKey(source), source, unnamed, via: null };
    keys.push(graph.add(node));
    previous = graph.nodes.get(node.key)!;
  }
  return keys;
}

function addOutlet(graph: CitationGraph, outlet: OriginSource): string {
  return graph.add({ key: namedKey(outlet), source: outlet, unnamed: outlet.kind === 'unnamed', via: null });
}

/** Sources that cite each other in a ring, found as strongly connected components. */
interface Rings {
  componentOf: Map<string, number>;
  members: Map<number, string[]>;
}

/** Strongly connected components (Tarjan), iterative so that long rings cannot overflow the stack. */
function components(graph: CitationGraph): Rings {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const componentOf = new Map<string, number>();
  let counter = 0;
  let componentCount = 0;
  for (const root of graph.nodes.keys()) {
    if (index.has(root)) continue;
    const work: { key: string; next: string[] }[] = [];
    const open = (key: string) => {
      index.set(key, counter);
      low.set(key, counter);
      counter += 1;
      stack.push(key);
      onStack.add(key);
      work.push({ key, next: [...(graph.cites.get(key) ?? [])] });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const child = frame.next.shift();
      if (child !== undefined) {
        if (!index.has(child)) open(child);
        else if (onStack.has(child)) low.set(frame.key, Math.min(low.get(frame.key)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.key, Math.min(low.get(parent.key)!, low.get(frame.key)!));
      if (low.get(frame.key) === index.get(frame.key)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          componentOf.set(member, componentCount);
        } while (member !== frame.key);
        componentCount += 1;
      }
    }
  }
  const members = new Map<number, string[]>();
  for (const [key, component] of componentOf) {
    const list = members.get(component) ?? [];
    list.push(key);
    members.set(component, list);
  }
  return { componentOf, members };
}

/** The components reachable from `start` that cite nothing outside themselves: where its claim rests. */
function originComponents(graph: CitationGraph, rings: Rings, start: string): number[] {
  const citedBy = (component: number) => {
    const further = new Set<number>();
    for (const key of rings.members.get(component)!) {
      for (const cited of graph.cites.get(key) ?? []) further.add(rings.componentOf.get(cited)!);
    }
    further.delete(component);
    return further;
  };
  const first = rings.componentOf.get(start)!;
  const seen = new Set<number>([first]);
  const queue = [first];
  const sinks: number[] = [];
  while (queue.length > 0) {
    const component = queue.shift()!;
    const further = citedBy(component);
    if (further.size === 0) sinks.push(component);
    for (const next of further) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return sinks;
}

function documentOf(appearance: OriginAppearance, chain: readonly OriginSource[] = []): OriginDocument {
  const { documentId, documentTitle, publishedAt, claimId } = appearance;
  const names = [...(appearance.outlet ? [appearance.outlet.name] : []), ...chain.map((source) => source.name)];
  // An outlet reporting its own wire ("TASS reported" in TASS) is named once.
  return { documentId, documentTitle, publishedAt, claimId, chain: names.filter((name, i) => name !== names[i - 1]) };
}

/** The independent origins behind the appearances of one claim. */
export function independentOrigins(appearances: readonly OriginAppearance[]): ClaimOrigins {
  const graph = new CitationGraph();
  // Where each appearance's claim ends: the last hop of each chain, or the outlet for its own reporting.
  const ends: { appearance: OriginAppearance; chain: OriginSource[]; key: string }[] = [];
  const untraced: OriginDocument[] = [];
  for (const appearance of appearances) {
    const chains = appearance.chains.filter((chain) => chain.length > 0);
    for (const chain of chains) {
      const keys = chainNodes(graph, appearance, chain);
      const steps = appearance.outlet ? [namedKey(appearance.outlet), ...keys] : keys;
      for (let i = 1; i < steps.length; i += 1) graph.link(steps[i - 1]!, steps[i]!);
      ends.push({ appearance, chain, key: keys[keys.length - 1]! });
    }
    if (chains.length > 0) continue;
    if (appearance.outlet) ends.push({ appearance, chain: [], key: addOutlet(graph, appearance.outlet) });
    else untraced.push(documentOf(appearance));
  }

  const rings = components(graph);
  const byComponent = new Map<number, ClaimOrigin>();
  for (const { appearance, chain, key } of ends) {
    for (const component of originComponents(graph, rings, key)) {
      const origin = byComponent.get(component) ?? newOrigin(graph, rings, component);
      byComponent.set(component, origin);
      if (!origin.documents.some((d) => d.documentId === appearance.documentId && d.claimId === appearance.claimId)) {
        origin.documents.push(documentOf(appearance, chain));
      }
      // Own reporting only when the outlet is where this document's claim ends, not a relay shown elsewhere.
      const ownEnd = appearance.chains.every((chain) => chain.length === 0) && appearance.outlet && namedKey(appearance.outlet) === key;
      if (ownEnd && rings.componentOf.get(key) === component) origin.ownReporting = true;
    }
  }

  const origins = [...byComponent.values()].sort(
    (a, b) => distinctDocuments(b.documents) - distinctDocuments(a.documents) || a.name.localeCompare(b.name),
  );
  const documentCount = new Set(appearances.map((a) => a.documentId)).size;
  const single = documentCount >= 2 && untraced.length === 0 && origins.length === 1 ? origins[0]! : null;
  return {
    documentCount,
    origins,
    untraced,
    flag: single ? (single.unnamed ? 'single-unnamed-origin' : 'single-origin') : null,
  };
}

function distinctDocuments(documents: readonly OriginDocument[]): number {
  return new Set(documents.map((d) => d.documentId)).size;
}

function newOrigin(graph: CitationGraph, rings: Rings, component: number): ClaimOrigin {
  const members = rings.members.get(component)!.map((key) => graph.nodes.get(key)!);
  const first = members[0]!;
  const names = [...new Set(members.map((member) => member.source.name))];
  return {
    key: members.map((member) => member.key).join(' '),
    name: names.join(' ⇄ '),
    kind: first.source.kind,
    unnamed: members.every((member) => member.unnamed),
    sourceIds: [...new Set(members.map((member) => member.source.sourceId))],
    via: first.via,
    ownReporting: false,
    documents: [],
  };
}
