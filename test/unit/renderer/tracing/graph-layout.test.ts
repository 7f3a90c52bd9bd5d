import { describe, expect, it } from 'vitest';

import type { ChainGraph } from '../../../../core/domain.js';
import {
  assignColumns,
  DEFAULT_LAYOUT,
  type GraphEdge,
  type GraphNode,
  labelFits,
  layoutGraph,
  strokeWidthFor,
} from '../../../../renderer/tracing/graph-layout.js';

const node = (id: string, kind: GraphNode['kind'], claimCount = 1, label = id): GraphNode => ({
  id,
  label,
  kind,
  flagged: kind === 'unnamed',
  claimCount,
});
const edge = (from: string, to: string, count = 1, kind: GraphEdge['kind'] = 'quote'): GraphEdge => ({ from, to, kind, count });

// Courier quotes AFP, which quotes a spokesman; Gazette cites Fars, citing "Arab sources"; the Post
// names nobody; the Herald quotes the spokesman directly.
const newsroom: ChainGraph = {
  nodes: [
    node('courier', 'document', 2, 'Harbour Courier'),
    node('gazette', 'document', 1, 'Gulf Gazette'),
    node('post', 'document', 1, 'Evening Post'),
    node('herald', 'document', 1, 'Herald'),
    node('afp', 'wire_agency', 2, 'AFP'),
    node('spokesman', 'person', 2, 'NLF spokesman'),
    node('fars', 'state_media', 1, 'Fars'),
    node('arab', 'unnamed', 1, 'Arab sources'),
    node('unknown', 'unnamed', 1, 'Unknown source'),
  ],
  edges: [
    edge('courier', 'afp', 2),
    edge('afp', 'spokesman', 1),
    edge('gazette', 'fars', 1, 'citing'),
    edge('fars', 'arab', 1, 'citing'),
    edge('post', 'unknown', 1, 'carries'),
    edge('herald', 'spokesman', 1),
  ],
};

function columnsOf(graph: ChainGraph): Record<string, number> {
  return Object.fromEntries(assignColumns(graph));
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

describe('column assignment', () => {
  it('puts documents first and each hop one column further, for chains of different lengths', () => {
    expect(columnsOf(newsroom)).toEqual({
      courier: 0,
      gazette: 0,
      post: 0,
      herald: 0,
      afp: 1,
      fars: 1,
      unknown: 1,
      arab: 2,
      // Reached in one hop from the Herald and in two through AFP: it sits at its deepest.
      spokesman: 2,
    });
  });

  it('follows a long chain all the way out', () => {
    const chain: ChainGraph = {
      nodes: [node('doc', 'document'), node('a', 'newspaper'), node('b', 'wire_agency'), node('c', 'official'), node('d', 'person')],
      edges: [edge('doc', 'a'), edge('a', 'b'), edge('b', 'c'), edge('c', 'd')],
    };
    expect(columnsOf(chain)).toEqual({ doc: 0, a: 1, b: 2, c: 3, d: 4 });
  });

  it('stops at a cycle instead of looping, and keeps every node to the right of the documents', () => {
    // One claim: TASS citing Sputnik; another: Sputnik citing TASS.
    const cyclic: ChainGraph = {
      nodes: [node('doc1', 'document'), node('doc2', 'document'), node('tass', 'state_media'), node('sputnik', 'state_media')],
      edges: [edge('doc1', 'tass'), edge('tass', 'sputnik'), edge('doc2', 'sputnik'), edge('sputnik', 'tass')],
    };
    const columns = columnsOf(cyclic);
    expect(columns.doc1).toBe(0);
    expect(columns.doc2).toBe(0);
    expect([columns.tass, columns.sputnik].sort()).toEqual([1, 2]);

    const layout = layoutGraph(cyclic);
    expect(layout.nodes).toHaveLength(4);
    const backward = layout.edges.filter((e) => e.backward);
    expect(backward).toHaveLength(1);
    // The loop dips below the two nodes it joins, and the picture is tall enough to show it.
    const loop = backward[0]!;
    const joined = layout.nodes.filter((n) => n.id === 'tass' || n.id === 'sputnik');
    for (const n of joined) expect(loop.labelY).toBeGreaterThan(n.y + n.height);
    expect(layout.height).toBeGreaterThanOrEqual(loop.labelY + DEFAULT_LAYOUT.padding);
  });

  it('starts a graph with no documents at the sources nothing points at, leaving no empty column', () => {
    const relays: ChainGraph = {
      nodes: [node('tass', 'state_media', 3), node('southfront', 'website', 2), node('sputnik', 'state_media', 1)],
      edges: [edge('southfront', 'tass', 2, 'citing'), edge('sputnik', 'tass', 1, 'citing')],
    };
    expect(columnsOf(relays)).toEqual({ southfront: 0, sputnik: 0, tass: 1 });
    expect(layoutGraph(relays).columns).toBe(2);
  });

  it('handles a cycle no document leads into', () => {
    const floating: ChainGraph = {
      nodes: [node('a', 'person'), node('b', 'person'), node('c', 'person')],
      edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')],
    };
    const columns = columnsOf(floating);
    expect(Object.keys(columns).sort()).toEqual(['a', 'b', 'c']);
    expect(new Set(Object.values(columns))).toEqual(new Set([1, 2, 3]));
  });

  it('ignores edges to nodes the graph does not list and a source naming itself', () => {
    const odd: ChainGraph = {
      nodes: [node('doc', 'document'), node('afp', 'wire_agency')],
      edges: [edge('doc', 'afp'), edge('afp', 'afp'), edge('afp', 'ghost')],
    };
    expect(columnsOf(odd)).toEqual({ doc: 0, afp: 1 });
    expect(layoutGraph(odd).edges.map((e) => `${e.from}>${e.to}`)).toEqual(['doc>afp']);
  });
});

describe('graph layout', () => {
  it('gives the same picture whatever order the nodes and edges arrive in', () => {
    const reference = layoutGraph(newsroom);
    for (const seed of [1, 7, 42, 99]) {
      const reordered = { nodes: shuffled(newsroom.nodes, seed), edges: shuffled(newsroom.edges, seed + 1) };
      expect(layoutGraph(reordered)).toEqual(reference);
    }
  });

  it('lists the busiest documents first and keeps sources level with what points at them', () => {
    const layout = layoutGraph(newsroom);
    const rows = (column: number) => layout.nodes.filter((n) => n.column === column).map((n) => n.id);
    // Two claims from the Courier put it on top; the rest by name.
    expect(rows(0)).toEqual(['courier', 'post', 'gazette', 'herald']);
    expect(rows(1)).toEqual(['afp', 'unknown', 'fars']);
  });

  it('never stacks two nodes on one another and fits everything inside the picture', () => {
    const layout = layoutGraph(newsroom);
    for (const a of layout.nodes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) {
        if (a === b || a.column !== b.column) continue;
        expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(a.height);
      }
    }
    expect(layout.columns).toBe(3);
  });

  it('merges the hop kinds between two nodes into one edge carrying their total', () => {
    const mixed: ChainGraph = {
      nodes: [node('doc', 'document', 5), node('afp', 'wire_agency', 5)],
      edges: [edge('doc', 'afp', 3, 'quote'), edge('doc', 'afp', 2, 'paraphrase')],
    };
    const [only, ...rest] = layoutGraph(mixed).edges;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ from: 'doc', to: 'afp', count: 5, kinds: ['quote', 'paraphrase'], backward: false });
  });

  it('adds up how many cues on the merged edges distanced or endorsed', () => {
    const mixed: ChainGraph = {
      nodes: [node('doc', 'document', 5), node('tass', 'state_media', 5)],
      edges: [
        { ...edge('doc', 'tass', 3, 'quote'), stances: { distancing: 2 } },
        { ...edge('doc', 'tass', 2, 'citing'), stances: { distancing: 1, endorsing: 1 } },
      ],
    };
    expect(layoutGraph(mixed).edges[0]!.stances).toEqual({ distancing: 3, endorsing: 1 });
    expect(layoutGraph(newsroom).edges[0]!.stances).toEqual({ distancing: 0, endorsing: 0 });
  });

  it('draws busier edges thicker', () => {
    const layout = layoutGraph(newsroom);
    const width = (from: string, to: string) => layout.edges.find((e) => e.from === from && e.to === to)!.strokeWidth;
    expect(width('courier', 'afp')).toBeGreaterThan(width('afp', 'spokesman'));
    expect(strokeWidthFor(1, 1)).toBe(strokeWidthFor(1, 10));
    expect(strokeWidthFor(10, 10)).toBeGreaterThan(strokeWidthFor(5, 10));
  });

  it('is empty for an empty graph', () => {
    expect(layoutGraph({ nodes: [], edges: [] })).toEqual({ nodes: [], edges: [], columns: 0, width: 0, height: 0 });
  });
});

describe('labelFits', () => {
  it('tells labels that fit a node from those that run past it, counting characters, not UTF-16 units', () => {
    expect(labelFits('AFP', 20)).toBe(true);
    expect(labelFits('  Agence France-Presse  ', 20)).toBe(true);
    expect(labelFits('Agence France-Presse international desk', 21)).toBe(false);
    expect(labelFits('خبرگزاری فارس و منابع عربی', 10)).toBe(false);
    expect(labelFits('𝐓𝐀𝐒𝐒 wire', 9)).toBe(true);
  });
});
