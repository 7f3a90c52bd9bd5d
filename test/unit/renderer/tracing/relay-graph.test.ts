import { describe, expect, it } from 'vitest';

import { layoutGraph } from '../../../../renderer/tracing/graph-layout.js';
import { relayGraph } from '../../../../renderer/tracing/relay-graph.js';
import { tassRelays } from './relay-fixture.js';

describe('relayGraph', () => {
  it('draws every relayer with an edge into the source, one per way of citing it, with its stances', () => {
    const { graph } = relayGraph(tassRelays());
    expect(graph.nodes.map((node) => [node.label, node.kind, node.claimCount])).toEqual([
      ['TASS', 'state_media', 5],
      ['SouthFront', 'website', 3],
      ['Sputnik', 'state_media', 1],
      ['Harbour Ledger', 'document', 1],
    ]);
    expect(graph.edges.filter((edge) => edge.from === 'southfront')).toEqual([
      { from: 'southfront', to: 'tass', kind: 'citing', count: 2, stances: { distancing: 1 } },
      { from: 'southfront', to: 'tass', kind: 'quote', count: 1, stances: { distancing: 1 } },
    ]);
  });

  it('lays out the relayers in one column beside the source, one edge each carrying its total', () => {
    const layout = layoutGraph(relayGraph(tassRelays()).graph);
    expect(layout.columns).toBe(2);
    expect(layout.nodes.find((node) => node.id === 'tass')!.column).toBe(1);
    expect(layout.edges.find((edge) => edge.from === 'southfront')).toMatchObject({ count: 3, stances: { distancing: 2, endorsing: 0 } });
  });

  it('notes the relayers that published a claim first, in words for the eye and for the ear', () => {
    const { notes } = relayGraph(tassRelays());
    expect([...notes]).toEqual([
      ['southfront', { text: '3 first', spoken: '3 first: published 3 claims before anyone else' }],
      ['sputnik', { text: '1 first', spoken: '1 first: published 1 claim before anyone else' }],
    ]);
  });
});
