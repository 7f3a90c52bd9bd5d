// Builds everything the app runs from: the renderer (Vite) and the Node-side entry points
// (esbuild). `npm install` runs it through `prepare`, so `npm start` and `npx claimtrace` work
// straight after installing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const quiet = process.argv.includes('--quiet');

const nodeEntries = [
  { in: 'cli/main.ts', out: 'node/cli' },
  { in: 'server/serve.ts', out: 'node/serve' },
  { in: 'electron/main.ts', out: 'electron/main' },
  { in: 'electron/preload.ts', out: 'electron/preload' },
  // The file-reading worker sits beside each bundle that starts it (see workers/start-worker.ts).
  { in: 'ingest/worker/extract-worker.ts', out: 'node/extract-worker' },
  { in: 'ingest/worker/extract-worker.ts', out: 'electron/extract-worker' },
  // The report-rendering worker, likewise (see db/reports/render-worker/render-in-worker.ts).
  { in: 'db/reports/render-worker/render-worker.ts', out: 'node/render-worker' },
  { in: 'db/reports/render-worker/render-worker.ts', out: 'electron/render-worker' },
  // The worker that writes large documents, likewise (see db/import/store-worker/store-in-worker.ts).
  { in: 'db/import/store-worker/store-worker.ts', out: 'node/store-worker' },
  { in: 'db/import/store-worker/store-worker.ts', out: 'electron/store-worker' },
  // The detection worker, likewise (see db/detection/worker/detection-runner.ts).
  { in: 'db/detection/worker/detect-worker.ts', out: 'node/detect-worker' },
  { in: 'db/detection/worker/detect-worker.ts', out: 'electron/detect-worker' },
];

async function buildNode() {
  await esbuild({
    absWorkingDir: root,
    entryPoints: nodeEntries,
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Dependencies load from node_modules at run time (native addons, large libraries).
    packages: 'external',
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
  });
}

async function buildRenderer() {
  await viteBuild({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: quiet ? 'error' : 'warn',
  });
}

const started = Date.now();
await Promise.all([buildNode(), buildRenderer()]);
if (!quiet) console.log(`Built Claimtrace in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
