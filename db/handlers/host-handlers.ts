import type { NamespaceHandlers } from '../../core/api/index.js';
import { ApiError } from '../../core/api/result.js';

/** The workbench alone cannot reach the operating system; the desktop host replaces these. */
export function hostHandlers(): NamespaceHandlers<'host'> {
  const unsupported = (): never => {
    throw new ApiError('unsupported', 'This needs the desktop app; in the browser the file is downloaded instead.');
  };
  return {
    'host.savePdf': unsupported,
    'host.saveFile': unsupported,
    'host.openEvidenceFile': unsupported,
  };
}
