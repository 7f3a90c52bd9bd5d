import type { NamespaceHandlers } from '../../core/api/index.js';
import { amplifySource } from '../queries/amplification.js';
import { chainGraph, type GraphScope } from '../queries/graph.js';
import { getSource } from '../queries/source-detail.js';
import { mergeSources } from '../queries/source-merge.js';
import { listSources } from '../queries/sources.js';
import { confirmSource, createSource, discardSource, updateSource } from '../queries/sources-edit.js';
import { claimsThroughSource, traceSource } from '../queries/trace.js';
import type { HandlerContext } from './context.js';

export function sourceHandlers({ db, emit }: HandlerContext): NamespaceHandlers<'sources'> {
  const changed = <T>(value: T): T => {
    emit({ type: 'sources.changed' });
    return value;
  };
  return {
    'sources.list': (args) => listSources(db, args),
    'sources.get': ({ id }) => getSource(db, id),
    'sources.create': (fields) => changed(createSource(db, fields)),
    'sources.update': ({ id, patch }) => changed(updateSource(db, id, patch)),
    'sources.merge': ({ fromId, intoId }) => {
      // The chains that named the merged source now name its target: their claims changed too.
      const moved = claimsThroughSource(db, fromId);
      const merged = changed(mergeSources(db, fromId, intoId));
      for (const [documentId, ids] of groupByDocument(moved)) emit({ type: 'claims.changed', documentId, ids });
      return merged;
    },
    'sources.confirm': ({ id }) => changed(confirmSource(db, id)),
    'sources.discard': ({ id }) => {
      const moved = claimsThroughSource(db, id);
      const discarded = changed(discardSource(db, id));
      for (const [documentId, ids] of groupByDocument(moved)) emit({ type: 'claims.changed', documentId, ids });
      return discarded;
    },
    'sources.trace': ({ id }) => traceSource(db, id),
    'sources.amplification': ({ id }) => amplifySource(db, id),
    'sources.graph': (scope) => chainGraph(db, toScope(scope)),
  };
}

function toScope(args: { claimId?: string; documentId?: string; sourceId?: string }): GraphScope {
  if (args.claimId) return { claimId: args.claimId };
  if (args.documentId) return { documentId: args.documentId };
  // The contract lets exactly one of the three through.
  return { sourceId: args.sourceId! };
}

function groupByDocument(claims: readonly { id: string; documentId: string }[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const claim of claims) groups.set(claim.documentId, [...(groups.get(claim.documentId) ?? []), claim.id]);
  return groups;
}
