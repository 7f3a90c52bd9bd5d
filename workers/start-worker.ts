import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type ResourceLimits, Worker } from 'node:worker_threads';

/** A worker script's file name without extension, and what to call it when it is missing. */
export interface WorkerScript {
  name: string;
  label: string;
}

/**
 * The worker script for code living in `dir`. Built bundles (dist/node/*.cjs, dist/electron/*.cjs)
 * have the script's .cjs beside them; the TypeScript sources, as tests run them, have its .ts
 * beside the module that starts it instead. In the packaged app dist/ sits inside app.asar,
 * which worker threads can load from since Electron 17.3, so nothing needs unpacking.
 */
export function resolveWorkerEntry(dir: string, script: WorkerScript, exists: (file: string) => boolean = fs.existsSync): string {
  const compiled = path.join(dir, `${script.name}.cjs`);
  if (exists(compiled)) return compiled;
  const source = path.join(dir, `${script.name}.ts`);
  if (exists(source)) return source;
  throw new Error(`Claimtrace's ${script.label} (${script.name}.cjs) is missing from ${dir}; run \`npm run build\` again.`);
}

/**
 * Starts a worker from a compiled script, or from a TypeScript source through tsx (a development
 * dependency, so only ever reached from the sources). Node 20 does not apply module hooks
 * registered with `execArgv: ['--import', 'tsx']` to a worker's own entry ("Unknown file extension
 * .ts"), so the worker instead runs a two-line bootstrap that installs tsx's require hook and then
 * requires the entry, which tsx compiles on the fly.
 */
export function startWorker(entry: string, resourceLimits: ResourceLimits): Worker {
  if (!entry.endsWith('.ts')) return new Worker(entry, { resourceLimits });
  const tsxRequireHook = createRequire(entry).resolve('tsx/cjs');
  const bootstrap = `require(${JSON.stringify(tsxRequireHook)});\nrequire(${JSON.stringify(entry)});`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}
