// Where each node and edge of an attribution graph goes on screen. Columns follow hop depth
// (document → agency → person or unnamed source) so a chain reads left to right, and the result
// depends only on the graph, never on the order the host happened to list it in, so the picture
// does not reshuffle when the same data is fetched again.
import type { ChainGraph } from '../../core/domain.js';

export type GraphNode = ChainGraph['nodes'][number];
export type GraphEdge = ChainGraph['edges'][number];
export type EdgeKind = GraphEdge['kind'];

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  columnGap: number;
  rowGap: number;
  padding: number;
}

/** The node the host draws for claims with no hops at all: not a registry source, so it opens nothing. */
export const UNKNOWN_NODE_ID = 'unknown';

export const DEFAULT_LAYOUT: LayoutOptions = { nodeWidth: 176, nodeHeight: 50, columnGap: 84, rowGap: 18, padding: 20 };

export interface PlacedNode extends GraphNode {
  column: number;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** Every hop kind the merged edges carried, in a fixed order. */
  kinds: EdgeKind[];
  count: number;
  /** Of the claims, how many cues at the target distanced or endorsed. */
  stances: EdgeStances;
  strokeWidth: number;
  /** True for an edge that runs against the columns: part of a cycle, drawn as a loop underneath. */
  backward: boolean;
  path: string;
  labelX: number;
  labelY: number;
}

export type EdgeStances = Record<'distancing' | 'endorsing', number>;

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  columns: number;
  width: number;
  height: number;
}

const EDGE_KIND_ORDER: readonly EdgeKind[] = ['carries', 'quote', 'paraphrase', 'citing', 'credit', 'link'];
const THINNEST_EDGE = 1.5;
const THICKEST_EDGE = 6;
const LOOP_DROP = 34;

/** Orders nodes the same way every time: busiest first, then by name, then by ID. */
export function compareNodes(a: GraphNode, b: GraphNode): number {
  return b.claimCount - a.claimCount || compareText(a.label, b.label) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The column of every node: documents, and anything nothing points at, in column 0; every other
 * node one column right of its furthest predecessor (longest path), at least column 1. Edges that
 * would close a cycle (A cites B, and elsewhere B cites A) are left out of the ordering, so cycles
 * cannot loop forever.
 */
export function assignColumns(graph: ChainGraph): Map<string, number> {
  const nodes = [...graph.nodes].sort(compareNodes);
  const known = new Set(nodes.map((node) => node.id));
  const isDocument = new Set(nodes.filter((node) => node.kind === 'document').map((node) => node.id));
  const successors = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  const hasIncoming = new Set<string>();
  for (const edge of uniqueLinks(graph.edges, known)) {
    successors.get(edge.from)!.push(edge.to);
    hasIncoming.add(edge.to);
  }
  const rank = new Map(nodes.map((node, index) => [node.id, index]));
  for (const list of successors.values()) list.sort((a, b) => rank.get(a)! - rank.get(b)!);

  // Depth-first from the documents, then from anything nothing points at, then whatever a cycle
  // left unreached; the finishing order reversed is a topological order of the forward edges.
  const starts = [
    ...nodes.filter((node) => isDocument.has(node.id)),
    ...nodes.filter((node) => !isDocument.has(node.id) && !hasIncoming.has(node.id)),
    ...nodes,
  ].map((node) => node.id);
  const state = new Map<string, 'open' | 'done'>();
  const finished: string[] = [];
  const forward = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const start of starts) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = successors.get(top.id)![top.next];
      if (next === undefined) {
        state.set(top.id, 'done');
        finished.push(top.id);
        stack.pop();
        continue;
      }
      top.next += 1;
      // An edge back to a node still being explored closes a cycle; one into a document never
      // moves the document out of the first column.
      if (state.get(next) === 'open' || isDocument.has(next)) continue;
      forward.get(top.id)!.push(next);
      if (!state.has(next)) {
        state.set(next, 'open');
        stack.push({ id: next, next: 0 });
      }
    }
  }

  // A graph of who relays a source has no documents: its relayers start it, in the first column.
  const columns = new Map<string, number>(nodes.map((node) => [node.id, isDocument.has(node.id) || !hasIncoming.has(node.id) ? 0 : 1]));
  for (const id of finished.reverse()) {
    const column = columns.get(id)!;
    for (const next of forward.get(id)!) columns.set(next, Math.max(columns.get(next)!, column + 1));
  }
  return columns;
}

/** Places every node and edge; the graph's own numbers are kept, only positions are added. */
export function layoutGraph(graph: ChainGraph, options: LayoutOptions = DEFAULT_LAYOUT): GraphLayout {
  const { nodeWidth, nodeHeight, columnGap, rowGap, padding } = options;
  const columnOf = assignColumns(graph);
  const columnCount = graph.nodes.length === 0 ? 0 : Math.max(...columnOf.values()) + 1;
  const known = new Set(graph.nodes.map((node) => node.id));
  const links = mergedEdges(graph.edges, known);

  // Column by column, each node sits near the average row of what points at it (weighted by how
  // many claims take that edge), which keeps most edges short and uncrossed.
  const rowOf = new Map<string, number>();
  const byColumn: GraphNode[][] = Array.from({ length: columnCount }, () => []);
  for (const node of graph.nodes) byColumn[columnOf.get(node.id)!]!.push(node);
  byColumn.forEach((column, index) => {
    const weight = new Map<string, number>();
    for (const node of column) {
      let sum = 0;
      let total = 0;
      for (const edge of links) {
        if (edge.to !== node.id) continue;
        const fromRow = rowOf.get(edge.from);
        if (fromRow === undefined || columnOf.get(edge.from)! >= index) continue;
        sum += fromRow * edge.count;
        total += edge.count;
      }
      weight.set(node.id, total === 0 ? Number.POSITIVE_INFINITY : sum / total);
    }
    column.sort((a, b) => {
      const wa = weight.get(a.id)!;
      const wb = weight.get(b.id)!;
      if (wa !== wb) return wa < wb ? -1 : 1;
      return compareNodes(a, b);
    });
    column.forEach((node, row) => rowOf.set(node.id, row));
  });

  const tallest = Math.max(0, ...byColumn.map((column) => column.length));
  const step = nodeHeight + rowGap;
  const placed = new Map<string, PlacedNode>();
  byColumn.forEach((column, index) => {
    // Shorter columns are centred against the tallest, so a lone origin sits level with its sources.
    const offset = ((tallest - column.length) * step) / 2;
    column.forEach((node, row) => {
      placed.set(node.id, {
        ...node,
        column: index,
        row,
        x: padding + index * (nodeWidth + columnGap),
        y: padding + offset + row * step,
        width: nodeWidth,
        height: nodeHeight,
      });
    });
  });

  const maxCount = Math.max(1, ...links.map((edge) => edge.count));
  let bottom = padding + tallest * step - rowGap;
  const edges = links.map((edge): PlacedEdge => {
    const from = placed.get(edge.from)!;
    const to = placed.get(edge.to)!;
    const backward = to.column <= from.column;
    const geometry = backward ? loopGeometry(from, to) : forwardGeometry(from, to);
    if (backward) bottom = Math.max(bottom, geometry.lowest);
    return {
      ...edge,
      strokeWidth: strokeWidthFor(edge.count, maxCount),
      backward,
      path: geometry.path,
      labelX: geometry.labelX,
      labelY: geometry.labelY,
    };
  });

  const nodes = [...placed.values()].sort((a, b) => a.column - b.column || a.row - b.row);
  return {
    nodes,
    edges,
    columns: columnCount,
    width: columnCount === 0 ? 0 : padding * 2 + columnCount * nodeWidth + (columnCount - 1) * columnGap,
    height: tallest === 0 ? 0 : bottom + padding,
  };
}

/** Thicker for more claims, on a square-root scale so one busy edge does not dwarf the rest. */
export function strokeWidthFor(count: number, maxCount: number): number {
  if (maxCount <= 1) return THINNEST_EDGE;
  const share = Math.sqrt(Math.max(0, count - 1) / (maxCount - 1));
  return Math.round((THINNEST_EDGE + share * (THICKEST_EDGE - THINNEST_EDGE)) * 100) / 100;
}

/** Whether a label fits a node as it is; a longer one is drawn whole and faded out at the node's edge. */
export function labelFits(label: string, maxChars: number): boolean {
  return [...label.trim()].length <= maxChars;
}

// A source that names itself again adds no hop worth drawing; edges to nodes the graph does not
// list have nowhere to go.
function uniqueLinks(edges: readonly GraphEdge[], known: ReadonlySet<string>): { from: string; to: string }[] {
  const seen = new Set<string>();
  const links: { from: string; to: string }[] = [];
  for (const edge of edges) {
    if (edge.from === edge.to || !known.has(edge.from) || !known.has(edge.to)) continue;
    const key = `${edge.from}\u0000${edge.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ from: edge.from, to: edge.to });
  }
  return links;
}

/** One edge per pair of nodes, whatever mix of hop kinds and stances the claims used between them. */
function mergedEdges(
  edges: readonly GraphEdge[],
  known: ReadonlySet<string>,
): { from: string; to: string; kinds: EdgeKind[]; count: number; stances: EdgeStances }[] {
  const merged = new Map<string, { from: string; to: string; kinds: Set<EdgeKind>; count: number; stances: EdgeStances }>();
  for (const edge of edges) {
    if (edge.from === edge.to || !known.has(edge.from) || !known.has(edge.to)) continue;
    const key = `${edge.from}\u0000${edge.to}`;
    const entry = merged.get(key) ?? {
      from: edge.from,
      to: edge.to,
      kinds: new Set<EdgeKind>(),
      count: 0,
      stances: { distancing: 0, endorsing: 0 },
    };
    entry.kinds.add(edge.kind);
    entry.count += edge.count;
    entry.stances.distancing += edge.stances?.distancing ?? 0;
    entry.stances.endorsing += edge.stances?.endorsing ?? 0;
    merged.set(key, entry);
  }
  return [...merged.values()]
    .map((edge) => ({ ...edge, kinds: EDGE_KIND_ORDER.filter((kind) => edge.kinds.has(kind)) }))
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
}

function forwardGeometry(from: PlacedNode, to: PlacedNode) {
  const sx = from.x + from.width;
  const sy = from.y + from.height / 2;
  const ex = to.x;
  const ey = to.y + to.height / 2;
  const bend = (ex - sx) / 2;
  return {
    path: `M ${sx} ${sy} C ${sx + bend} ${sy}, ${ex - bend} ${ey}, ${ex} ${ey}`,
    labelX: (sx + ex) / 2,
    labelY: (sy + ey) / 2,
    lowest: Math.max(sy, ey),
  };
}

// An edge against the flow leaves the bottom of one node and enters the bottom of the other,
// dipping below both so it never runs through the nodes between them.
function loopGeometry(from: PlacedNode, to: PlacedNode) {
  const sx = from.x + from.width / 2 + 12;
  const sy = from.y + from.height;
  const ex = to.x + to.width / 2 - 12;
  const ey = to.y + to.height;
  const dip = Math.max(sy, ey) + LOOP_DROP;
  // The point halfway along a cubic Bézier is (P0 + 3·P1 + 3·P2 + P3) / 8.
  return {
    path: `M ${sx} ${sy} C ${sx} ${dip}, ${ex} ${dip}, ${ex} ${ey}`,
    labelX: (sx + ex) / 2,
    labelY: (sy + 3 * dip + 3 * dip + ey) / 8,
    lowest: dip,
  };
}
