// Attribution chains as a picture: documents on the left, the agencies they lean on in the middle,
// the people and unnamed sources those cite on the right. Flagged origins stand out in the warning
// colour; busier edges are thicker and carry their count, and say in words how many of their cues
// distanced or endorsed. Every node takes the keyboard focus and names itself, and a source node
// opens that source's trace.
import { type KeyboardEvent, type PointerEvent, useId, useMemo, useRef } from 'react';

import type { ChainGraph } from '../../core/domain.js';
import { SOURCE_KIND_LABELS } from '../../core/vocabulary/source-kinds.js';
import { countOf } from '../format.js';
import { SOURCE_KIND_TONES } from '../library/source-kinds.js';
import { type EdgeStances, labelFits, layoutGraph, type PlacedEdge, type PlacedNode, UNKNOWN_NODE_ID } from './graph-layout.js';
import { EDGE_KIND_LABELS } from './trace-labels.js';

interface AttributionGraphProps {
  graph: ChainGraph;
  /** What the graph shows, for assistive technology ("Attribution graph of AFP"). */
  label: string;
  /** A node drawn with the accent outline: the source whose trace this is. */
  highlightId?: string;
  onOpenSource?: (sourceId: string) => void;
  onOpenDocument?: (documentId: string) => void;
  /** A word more about some nodes, after their kind and count ("2 first"), and how it is spoken. */
  nodeNotes?: ReadonlyMap<string, NodeNote>;
}

export interface NodeNote {
  text: string;
  spoken: string;
}

const LABEL_CHARS = 22;

export function AttributionGraph({ graph, label, highlightId, onOpenSource, onOpenDocument, nodeNotes }: AttributionGraphProps) {
  const layout = useMemo(() => layoutGraph(graph), [graph]);
  const byId = useMemo(() => new Map(layout.nodes.map((node) => [node.id, node])), [layout]);
  const reachedFrom = useMemo(() => {
    const sources = new Map<string, string[]>();
    for (const edge of layout.edges) sources.set(edge.to, [...(sources.get(edge.to) ?? []), byId.get(edge.from)?.label ?? '']);
    return sources;
  }, [layout, byId]);
  const frame = useDragToPan();
  const fadeId = `${useId()}-label-fade`;
  // Every node is as wide as the next, so one fade serves every label too long for its node.
  const nodeWidth = layout.nodes[0]?.width ?? 0;
  const nodeHeight = layout.nodes[0]?.height ?? 0;

  const actionOf = (node: PlacedNode): (() => void) | null => {
    if (node.kind === 'document') return onOpenDocument ? () => onOpenDocument(node.id) : null;
    if (node.id === UNKNOWN_NODE_ID) return null;
    return onOpenSource ? () => onOpenSource(node.id) : null;
  };

  return (
    <div className="graph">
      <div
        className="graph__frame"
        ref={frame.ref}
        role="group"
        aria-label={label}
        onPointerDown={frame.onPointerDown}
        onPointerMove={frame.onPointerMove}
        onPointerUp={frame.onPointerUp}
        onPointerCancel={frame.onPointerUp}
      >
        <svg className="graph__canvas" width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`}>
          <defs>
            <marker
              id="graph-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="9"
              markerHeight="9"
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <path d="M 0 1 L 9 5 L 0 9 z" className="graph__arrow" />
            </marker>
            <marker
              id="graph-arrow-flagged"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="9"
              markerHeight="9"
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <path d="M 0 1 L 9 5 L 0 9 z" className="graph__arrow graph__arrow--flagged" />
            </marker>
            <linearGradient id={`${fadeId}-ramp`} gradientUnits="userSpaceOnUse" x1={nodeWidth - 40} y1={0} x2={nodeWidth - 12} y2={0}>
              <stop offset={0} stopColor="#fff" />
              <stop offset={1} stopColor="#fff" stopOpacity={0} />
            </linearGradient>
            <mask id={fadeId} maskUnits="userSpaceOnUse" x={0} y={0} width={nodeWidth} height={nodeHeight}>
              <rect width={nodeWidth} height={nodeHeight} fill={`url(#${fadeId}-ramp)`} />
            </mask>
          </defs>
          <g aria-hidden="true">
            {layout.edges.map((edge) => (
              <GraphEdgeShape key={`${edge.from}>${edge.to}`} edge={edge} flagged={byId.get(edge.to)?.flagged ?? false} />
            ))}
          </g>
          {layout.nodes.map((node) => (
            <GraphNodeShape
              key={node.id}
              node={node}
              highlighted={node.id === highlightId}
              incoming={reachedFrom.get(node.id) ?? []}
              onActivate={actionOf(node)}
              fadeId={fadeId}
              note={nodeNotes?.get(node.id)}
            />
          ))}
        </svg>
      </div>
      <ul className="visually-hidden" aria-label={`Links: ${label}`}>
        {layout.edges.map((edge) => (
          <li key={`${edge.from}>${edge.to}`}>
            {byId.get(edge.from)?.label} → {byId.get(edge.to)?.label}: {countOf(edge.count, 'claim')} (
            {[edge.kinds.map((kind) => EDGE_KIND_LABELS[kind]).join(', '), stanceWords(edge.stances)].filter(Boolean).join('; ')})
          </li>
        ))}
      </ul>
      <GraphLegend graph={graph} />
    </div>
  );
}

/** "2 distancing, 1 endorsing"; empty when every cue on the edge was neutral or unrecorded. */
function stanceWords(stances: EdgeStances): string {
  return (['distancing', 'endorsing'] as const)
    .filter((stance) => stances[stance] > 0)
    .map((stance) => `${stances[stance]} ${stance}`)
    .join(', ');
}

function GraphEdgeShape({ edge, flagged }: { edge: PlacedEdge; flagged: boolean }) {
  const text = String(edge.count);
  const boxWidth = 10 + text.length * 7;
  const stance = stanceWords(edge.stances);
  return (
    <g className={flagged ? 'graph-edge graph-edge--flagged' : 'graph-edge'}>
      <path
        d={edge.path}
        className="graph-edge__line"
        strokeWidth={edge.strokeWidth}
        markerEnd={flagged ? 'url(#graph-arrow-flagged)' : 'url(#graph-arrow)'}
      />
      <rect className="graph-edge__badge" x={edge.labelX - boxWidth / 2} y={edge.labelY - 9} width={boxWidth} height={18} rx={9} />
      <text className="graph-edge__count" x={edge.labelX} y={edge.labelY} dominantBaseline="central" textAnchor="middle">
        {text}
      </text>
      {stance ? (
        <text className="graph-edge__stance" x={edge.labelX} y={edge.labelY + 19} dominantBaseline="central" textAnchor="middle">
          {stance}
        </text>
      ) : null}
    </g>
  );
}

interface GraphNodeShapeProps {
  node: PlacedNode;
  highlighted: boolean;
  incoming: string[];
  onActivate: (() => void) | null;
  /** The mask that fades a label out before the node's edge. */
  fadeId: string;
  note: NodeNote | undefined;
}

function GraphNodeShape({ node, highlighted, incoming, onActivate, fadeId, note }: GraphNodeShapeProps) {
  const kindLabel = node.kind === 'document' ? 'Document' : SOURCE_KIND_LABELS[node.kind];
  const tone = node.kind === 'document' ? 'document' : SOURCE_KIND_TONES[node.kind];
  const flagNote = node.flagged ? (node.id === UNKNOWN_NODE_ID ? 'no source named' : 'unnamed origin') : null;
  const name = [
    `${node.label} — ${kindLabel}, ${countOf(node.claimCount, 'claim')}`,
    note?.spoken ?? null,
    flagNote ? `flagged: ${flagNote}` : null,
    incoming.length > 0 ? `reached from ${incoming.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join('; ');
  const classes = [
    'graph-node',
    `graph-node--${tone}`,
    node.flagged ? 'is-flagged' : '',
    highlighted ? 'is-highlighted' : '',
    onActivate ? 'is-actionable' : '',
  ]
    .filter(Boolean)
    .join(' ');

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (!onActivate || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    onActivate();
  };

  return (
    <g
      className={classes}
      transform={`translate(${node.x} ${node.y})`}
      tabIndex={0}
      role={onActivate ? 'button' : 'img'}
      aria-label={name}
      onClick={onActivate ?? undefined}
      onKeyDown={onKeyDown}
      data-node-id={node.id}
    >
      <title>{node.label}</title>
      <rect className="graph-node__box" width={node.width} height={node.height} rx={8} />
      <rect className="graph-node__stripe" width={4} height={node.height - 16} x={8} y={8} rx={2} />
      {/* The whole label, faded out where the node ends rather than cut short: what shows is then
          the start of the node's name, the words a speech user says to press it. */}
      <text className="graph-node__label" x={20} y={20} mask={labelFits(node.label, LABEL_CHARS) ? undefined : `url(#${fadeId})`}>
        {node.label}
      </text>{' '}
      <text className="graph-node__meta" x={20} y={37}>
        {node.flagged ? '⚠ ' : ''}
        {kindLabel} · {countOf(node.claimCount, 'claim')}
        {note ? ` · ${note.text}` : ''}
      </text>
    </g>
  );
}

function GraphLegend({ graph }: { graph: ChainGraph }) {
  const kinds = [...new Set(graph.nodes.map((node) => node.kind))];
  const anyFlagged = graph.nodes.some((node) => node.flagged);
  return (
    <ul className="graph-legend" aria-label="Graph legend">
      {kinds.map((kind) => (
        <li key={kind} className="graph-legend__item">
          <span className={`graph-legend__swatch graph-node--${kind === 'document' ? 'document' : SOURCE_KIND_TONES[kind]}`} />
          {kind === 'document' ? 'Document' : SOURCE_KIND_LABELS[kind]}
        </li>
      ))}
      {anyFlagged ? (
        <li className="graph-legend__item graph-legend__item--flagged">
          <span className="graph-legend__swatch graph-legend__swatch--flagged" />
          Unnamed or unknown origin
        </li>
      ) : null}
      <li className="graph-legend__item graph-legend__item--hint">Numbers count claims; drag to pan</li>
    </ul>
  );
}

/** Dragging the empty background scrolls a graph bigger than its frame, as in a map. */
function useDragToPan() {
  const ref = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; left: number; top: number; pointer: number } | null>(null);
  return {
    ref,
    onPointerDown(event: PointerEvent<HTMLDivElement>) {
      const frame = ref.current;
      if (!frame || event.button !== 0 || (event.target as Element).closest('.graph-node')) return;
      drag.current = { x: event.clientX, y: event.clientY, left: frame.scrollLeft, top: frame.scrollTop, pointer: event.pointerId };
      frame.setPointerCapture(event.pointerId);
      frame.classList.add('is-panning');
    },
    onPointerMove(event: PointerEvent<HTMLDivElement>) {
      const frame = ref.current;
      const start = drag.current;
      if (!frame || !start || start.pointer !== event.pointerId) return;
      frame.scrollLeft = start.left - (event.clientX - start.x);
      frame.scrollTop = start.top - (event.clientY - start.y);
    },
    onPointerUp(event: PointerEvent<HTMLDivElement>) {
      const frame = ref.current;
      if (!frame || drag.current?.pointer !== event.pointerId) return;
      drag.current = null;
      if (frame.hasPointerCapture(event.pointerId)) frame.releasePointerCapture(event.pointerId);
      frame.classList.remove('is-panning');
    },
  };
}
