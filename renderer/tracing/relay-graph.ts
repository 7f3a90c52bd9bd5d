// Who relays a source, as a graph the attribution graph can draw: every relayer on the left with an
// edge into the source, counting the claims it passed on by how it cited them, and a note on the
// relayers that published a claim before anyone else.
import type { ChainGraph } from '../../core/domain.js';
import type { Amplification, Relayer } from '../../core/review/amplification.js';
import { countOf } from '../format.js';
import type { NodeNote } from './AttributionGraph.js';

export interface RelayGraph {
  graph: ChainGraph;
  notes: Map<string, NodeNote>;
}

export function relayGraph(amplification: Amplification): RelayGraph {
  const { source, relayers } = amplification;
  const nodes: ChainGraph['nodes'] = [
    { id: source.id, label: source.name, kind: source.kind, flagged: false, claimCount: amplification.relayedClaimCount },
    ...relayers.map((relayer) => ({
      id: relayer.key,
      label: relayer.name,
      // An outlet the registry does not know is drawn as the documents that name it are.
      kind: relayer.kind === 'outlet' || relayer.kind === 'document' ? ('document' as const) : relayer.kind,
      flagged: false,
      claimCount: relayer.claimCount,
    })),
  ];
  const edges = relayers.flatMap((relayer) => edgesOf(relayer, source.id));
  const notes = new Map<string, NodeNote>();
  for (const relayer of relayers) {
    if (relayer.firstAppearances === 0) continue;
    notes.set(relayer.key, {
      text: `${relayer.firstAppearances} first`,
      // The words on the node come first, so a speech user can say what they see.
      spoken: `${relayer.firstAppearances} first: published ${countOf(relayer.firstAppearances, 'claim')} before anyone else`,
    });
  }
  return { graph: { nodes, edges }, notes };
}

/** One edge per way the relayer cited the source, with its claims and how many of their cues distanced or endorsed. */
function edgesOf(relayer: Relayer, sourceId: string): ChainGraph['edges'] {
  const byKind = new Map<string, ChainGraph['edges'][number]>();
  for (const claim of relayer.claims) {
    const edge = byKind.get(claim.hopKind) ?? { from: relayer.key, to: sourceId, kind: claim.hopKind, count: 0, stances: {} };
    edge.count += 1;
    if (claim.stance === 'distancing' || claim.stance === 'endorsing') {
      edge.stances = { ...edge.stances, [claim.stance]: (edge.stances?.[claim.stance] ?? 0) + 1 };
    }
    byKind.set(claim.hopKind, edge);
  }
  return [...byKind.values()];
}
