import { z } from 'zod';

import { contract, type Handlers, isMethodName, type MethodName } from './index.js';
import { ApiError, type ApiResult } from './result.js';

export interface DispatchOptions {
  /** Refuse methods that read the host's disk by path (the browser host sets this). */
  remote?: boolean;
  /** Where unexpected failures are reported; the caller only ever sees a plain message. */
  onInternalError?: (method: string, error: unknown) => void;
}

export type Dispatch = (method: string, args: unknown) => Promise<ApiResult<unknown>>;

/**
 * The one handler wrapper every host uses: validates the method name and arguments against the
 * contract, runs the handler, and turns every failure into an error result so that no caller can
 * crash a host.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (method, rawArgs) => {
    if (!isMethodName(method)) {
      return fail('unknown_method', `There is no method called "${method}".`);
    }
    const spec = contract[method];
    if (options.remote && spec.scope === 'local') {
      return fail('forbidden', `"${method}" reads files on the host and is only available in the desktop app.`);
    }
    const parsed = spec.args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      return fail('invalid_arguments', describeIssues(method, parsed.error));
    }
    try {
      const handler = handlers[method] as (args: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value: value === undefined ? null : value };
    } catch (error) {
      if (error instanceof ApiError) return fail(error.code, error.message);
      if (error instanceof z.ZodError) return fail('invalid_arguments', describeIssues(method, error));
      options.onInternalError?.(method, error);
      return fail('internal', `"${method}" failed unexpectedly: ${plainMessage(error)}`);
    }
  };
}

function fail(code: ApiError['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(method: MethodName, error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'arguments';
    return `${where}: ${issue.message}`;
  });
  return `Invalid arguments for "${method}": ${parts.join('; ')}`;
}

/** The first line of an error's message only: never a stack, never a path into the code. */
function plainMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 500);
}
