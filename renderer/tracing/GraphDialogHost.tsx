// Shows the attribution graph any view asks for (a document's, one claim's) in a dialog over the
// workbench, so the reader, the library and the trace can all offer it without owning a view.
import { useState } from 'react';

import { useCommand } from '../commands/app-commands.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { ChainGraphView } from './ChainGraphView.js';
import { type GraphRequest, scopeOf } from './graph-request.js';

export function GraphDialogHost() {
  const [request, setRequest] = useState<GraphRequest | null>(null);
  useCommand('open-graph', setRequest);
  const close = () => setRequest(null);
  const scope = request ? scopeOf(request) : null;
  const what = request === null ? '' : 'claimId' in request ? 'Attribution chain' : 'Attribution graph';
  const title = request?.title ? `${what} — ${request.title}` : what;
  return (
    <ModalDialog
      open={scope !== null}
      title={title}
      onClose={close}
      onSubmit={close}
      size="large"
      footer={
        <button type="submit" className="button button--primary">
          Done
        </button>
      }
    >
      {scope ? (
        <div className="graph-dialog">
          <ChainGraphView scope={scope} label={title} onNavigate={close} />
        </div>
      ) : null}
    </ModalDialog>
  );
}
