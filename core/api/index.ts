import type { z } from 'zod';

import { bundlesMethods } from './bundles.js';
import { claimsMethods } from './claims.js';
import type { MethodSpec } from './define.js';
import { detectionMethods } from './detection.js';
import { documentsMethods } from './documents.js';
import { evidenceMethods } from './evidence.js';
import { exportsMethods } from './exports.js';
import { historyMethods } from './history.js';
import { hostMethods } from './host.js';
import { ratingsMethods } from './ratings.js';
import { reviewMethods } from './review.js';
import { settingsMethods } from './settings.js';
import { sourcesMethods } from './sources.js';
import { workbenchMethods } from './workbench.js';

/** The API contract: every method a host exposes, by name. The spine of the app. */
export const contract = {
  ...workbenchMethods,
  ...documentsMethods,
  ...sourcesMethods,
  ...claimsMethods,
  ...detectionMethods,
  ...settingsMethods,
  ...historyMethods,
  ...reviewMethods,
  ...ratingsMethods,
  ...evidenceMethods,
  ...exportsMethods,
  ...bundlesMethods,
  ...hostMethods,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** Arguments as a caller may write them (defaults still optional). */
export type ArgsIn<M extends MethodName> = z.input<Contract[M]['args']>;
/** Arguments as a handler receives them, after validation and defaults. */
export type Args<M extends MethodName> = z.output<Contract[M]['args']>;
export type Result<M extends MethodName> = Exclude<Contract[M]['__result'], undefined>;

/** The part of a method name before the dot: "claims" for `claims.create`. */
export type Namespace = MethodName extends `${infer N}.${string}` ? N : never;
/** The methods of one namespace, as the contract lists them. */
export type MethodsOf<N extends Namespace> = Extract<MethodName, `${N}.${string}`>;

export type Handlers = {
  [M in MethodName]: (args: Args<M>) => Result<M> | Promise<Result<M>>;
};

/** The handlers of one namespace: every method the contract lists under it, and no other. */
export type NamespaceHandlers<N extends Namespace> = Pick<Handlers, MethodsOf<N>>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export type { AppEvent } from './events.js';
export { ApiError, type ApiErrorBody, type ApiErrorCode, type ApiResult } from './result.js';
