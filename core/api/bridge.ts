import type { AppEvent } from './events.js';
import type { ArgsIn, MethodName, Result } from './index.js';
import type { ApiResult } from './result.js';

/**
 * What the desktop preload puts on `window.claimtrace`: one function per API method, plus the
 * event subscription. The renderer's client uses it when present and HTTP otherwise.
 */
export type ClaimtraceBridge = {
  [M in MethodName]: (args: ArgsIn<M>) => Promise<ApiResult<Result<M>>>;
} & {
  host: 'desktop';
  onEvent(listener: (event: AppEvent) => void): () => void;
};
