import type { ChainGraph, ClaimInContext, CueStance, HopKind } from '../domain.js';

/**
 * The node a chain with no hops leads to. Drawing it (rather than leaving the document node
 * bare) makes claims nobody is named for as visible as those that end in an unnamed source.
 */
export const UNKNOWN_SOURCE_NODE_ID = 'unknown';

type Node = ChainGraph['nodes'][number];
type Edge = ChainGraph['edges'][number];

/**
 * Attribution chains drawn as a graph. Each claim contributes a path from its document (labelled
 * with the outlet, or the title when the outlet is unknown) through its hops, in order, to the
 * origin; a claim with no hops leads to the one "Unknown source" node. Edges between the same
 * two nodes with the same hop kind are counted, not repeated; an edge carries the kind of the hop
 * it leads to, and how many of its cues distanced or endorsed. Nodes for unnamed sources, and the
 * unknown node, are flagged.
 */
export function graphOf(claims: readonly ClaimInContext[]): ChainGraph {
  const nodes = new Map<string, Node & { claims: Set<string> }>();
  const edges = new Map<string, Edge>();

  const visit = (node: Omit<Node, 'claimCount'>, claimId: string) => {
    const entry = nodes.get(node.id) ?? { ...node, claimCount: 0, claims: new Set<string>() };
    entry.claims.add(claimId);
    entry.claimCount = entry.claims.size;
    nodes.set(node.id, entry);
  };
  const link = (from: string, to: string, kind: HopKind | 'carries', stance: CueStance | null) => {
    const key = `${from}\u0000${to}\u0000${kind}`;
    const edge = edges.get(key) ?? { from, to, kind, count: 0 };
    edge.count += 1;
    if (stance === 'distancing' || stance === 'endorsing') edge.stances = { ...edge.stances, [stance]: (edge.stances?.[stance] ?? 0) + 1 };
    edges.set(key, edge);
  };

  for (const claim of claims) {
    const label = claim.documentOutlet?.trim() || claim.documentTitle;
    visit({ id: claim.documentId, label, kind: 'document', flagged: false }, claim.id);
    if (claim.hops.length === 0) {
      visit({ id: UNKNOWN_SOURCE_NODE_ID, label: 'Unknown source', kind: 'unnamed', flagged: true }, claim.id);
      link(claim.documentId, UNKNOWN_SOURCE_NODE_ID, 'carries', null);
      continue;
    }
    let previous = claim.documentId;
    for (const hop of claim.hops) {
      visit({ id: hop.sourceId, label: hop.sourceName, kind: hop.sourceKind, flagged: hop.sourceKind === 'unnamed' }, claim.id);
      link(previous, hop.sourceId, hop.kind, hop.stance);
      previous = hop.sourceId;
    }
  }

  return {
    nodes: [...nodes.values()].map(({ claims: _claims, ...node }) => node),
    edges: [...edges.values()],
  };
}
