// The attribution graph of a claim, a document or a source, loaded and kept current. Source nodes
// open their trace, document nodes open the document.
import { call } from '../api-client.js';
import { dispatch } from '../commands/app-commands.js';
import { EmptyState } from '../components/EmptyState.js';
import { useLiveResource } from '../use-live-resource.js';
import { AttributionGraph } from './AttributionGraph.js';
import { type GraphScope, scopeOf } from './graph-request.js';

interface ChainGraphViewProps {
  scope: GraphScope;
  /** What the graph shows, for assistive technology. */
  label: string;
  highlightId?: string;
  /** Called before a node opens something elsewhere, e.g. to close the dialog the graph is in. */
  onNavigate?: () => void;
}

export function scopeKey(scope: GraphScope): string {
  if ('claimId' in scope) return `claim:${scope.claimId}`;
  if ('documentId' in scope) return `document:${scope.documentId}`;
  return `source:${scope.sourceId}`;
}

export function ChainGraphView({ scope, label, highlightId, onNavigate }: ChainGraphViewProps) {
  const graph = useLiveResource(
    scopeKey(scope),
    () => call('sources.graph', scopeOf(scope)),
    (event) => event.type === 'claims.changed' || event.type === 'sources.changed' || event.type === 'documents.changed',
  );
  if (graph.error) {
    return (
      <EmptyState icon="alert" tone="danger" title="The graph could not be drawn">
        {graph.error.message}
      </EmptyState>
    );
  }
  if (!graph.value) return <p className="panel-loading">Drawing the graph…</p>;
  if (graph.value.nodes.length === 0) {
    return (
      <EmptyState icon="graph" title="No attribution chains yet">
        Chains appear here once claims are marked and attributed to their sources.
      </EmptyState>
    );
  }
  return (
    <AttributionGraph
      graph={graph.value}
      label={label}
      highlightId={highlightId}
      onOpenSource={(sourceId) => {
        onNavigate?.();
        dispatch('open-source', { sourceId });
      }}
      onOpenDocument={(documentId) => {
        onNavigate?.();
        dispatch('open-document', { documentId });
      }}
    />
  );
}
