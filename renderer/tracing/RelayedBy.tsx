// "Who relays this source?" in its trace: the outlets and sources that pass its words on, drawn
// around it and listed in a table a reviewer can sort and open, with the first appearance of every
// relayed claim marked. Loaded on its own, so the rest of the trace never waits for it, and asked
// again each time the trace is: the pane decides when the source is worth asking about (not while it
// is being discarded, say), and the relays follow.
import { useEffect, useId, useMemo, useRef } from 'react';

import type { Source, SourceTrace } from '../../core/domain.js';
import type { Amplification } from '../../core/review/amplification.js';
import { call } from '../api-client.js';
import { dispatch } from '../commands/app-commands.js';
import { formatNumber } from '../format.js';
import { useLiveResource } from '../use-live-resource.js';
import { AttributionGraph } from './AttributionGraph.js';
import { relayGraph } from './relay-graph.js';
import { relaySummary } from './relay-table.js';
import { RelayTable } from './RelayTable.js';

export function RelayedBy({ source, trace }: { source: Source; trace: SourceTrace }) {
  const headingId = useId();
  const amplification = useLiveResource(
    `amplification:${source.id}`,
    () => call('sources.amplification', { id: source.id }),
    () => false,
  );
  const { reload } = amplification;
  const shownTrace = useRef(trace);
  useEffect(() => {
    if (shownTrace.current === trace) return;
    shownTrace.current = trace;
    reload();
  }, [trace, reload]);
  const value = amplification.value;
  return (
    <section className="trace__section relays" aria-labelledby={headingId} aria-busy={amplification.loading && !value}>
      <h3 className="trace__heading" id={headingId}>
        Relayed by {value ? <span className="trace__heading-count">{formatNumber(value.relayers.length)}</span> : null}
      </h3>
      {amplification.error ? (
        <p className="relays__note relays__note--error" role="alert">
          Who relays {source.name} could not be worked out: {amplification.error.message}
        </p>
      ) : !value ? (
        <p className="panel-loading">Finding who relays {source.name}…</p>
      ) : value.relayers.length === 0 ? (
        <p className="relays__note">
          Nobody relays {source.name} yet: no chain names another outlet or source before it, and no other outlet published a document
          citing it.
        </p>
      ) : (
        <RelayedByContent amplification={value} />
      )}
    </section>
  );
}

function RelayedByContent({ amplification }: { amplification: Amplification }) {
  const { source, relayers, claimCount, relayedClaimCount } = amplification;
  const drawn = useMemo(() => relayGraph(amplification), [amplification]);
  const byKey = useMemo(() => new Map(relayers.map((relayer) => [relayer.key, relayer])), [relayers]);
  const own = claimCount - relayedClaimCount;
  return (
    <>
      <p className="relays__summary">{relaySummary(amplification)}</p>
      <p className="relays__note">
        The outlet or source just before {source.name} in each chain relays it; when {source.name} is the first hop, the outlet that
        published the document does. Dates are publication dates, or the import date where a document has none; a flag marks who published a
        claim before anyone else.
        {own > 0 ? ` ${formatNumber(own)} of ${formatNumber(claimCount)} claims come from ${source.name}’s own articles.` : ''}
      </p>
      <AttributionGraph
        graph={drawn.graph}
        label={`Who relays ${source.name}`}
        highlightId={source.id}
        nodeNotes={drawn.notes}
        onOpenSource={(sourceId) => dispatch('open-source', { sourceId })}
        // An outlet the registry does not know opens the earliest claim it relayed.
        onOpenDocument={(key) => {
          const first = byKey.get(key)?.claims[0];
          if (first) dispatch('open-claim', { documentId: first.documentId, claimId: first.claimId });
        }}
      />
      <RelayTable amplification={amplification} />
    </>
  );
}
