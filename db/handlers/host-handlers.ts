import { ApiError } from '../../core/api/result.js';
import type { HandlerGroup } from './context.js';

type HostMethods = 'host.savePdf' | 'host.saveFile' | 'host.openEvidenceFile';

/** The workbench alone cannot reach the operating system; the desktop host replaces these. */
export function hostHandlers(): HandlerGroup<HostMethods> {
  const unsupported = (): never => {
    throw new ApiError('unsupported', 'This needs the desktop app; in the browser the file is downloaded instead.');
  };
  return {
    'host.savePdf': unsupported,
    'host.saveFile': unsupported,
    'host.openEvidenceFile': unsupported,
  };
}
