import type { Source } from '../../core/domain.js';
import { ChainGraphView } from './ChainGraphView.js';

/** Every chain that passes through a source, with the source itself outlined. */
export function SourceGraphView({ source }: { source: Source }) {
  return (
    <div className="source-graph">
      <p className="source-graph__intro">
        Every attribution chain that passes through {source.name}: the documents on the left, what they cite to the right. Select a source
        to trace it.
      </p>
      <ChainGraphView scope={{ sourceId: source.id }} label={`Attribution graph of ${source.name}`} highlightId={source.id} />
    </div>
  );
}
