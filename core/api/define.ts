import type { z } from 'zod';

/**
 * One method of the API contract: the schema its arguments must satisfy and, as a type only,
 * what it returns. `scope: 'local'` marks methods that name files on the host's own disk; the
 * browser host refuses them because its callers may sit on another machine.
 */
export interface MethodSpec<A extends z.ZodType = z.ZodType, R = unknown> {
  args: A;
  description: string;
  scope: 'any' | 'local';
  /** Phantom field carrying the result type; never set at runtime. */
  readonly __result?: R;
}

export function defineMethod<R>() {
  return <A extends z.ZodType>(args: A, description: string, scope: 'any' | 'local' = 'any'): MethodSpec<A, R> => ({
    args,
    description,
    scope,
  });
}

/**
 * The methods of one namespace, as its contract file declares them: every name must start with
 * the namespace, so core/api/claims.ts can declare `claims.x` and nothing else.
 */
export type NamespaceMethods<N extends string> = Record<`${N}.${string}`, MethodSpec>;
