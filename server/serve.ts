// `npm run serve` / the browser host: serves the built renderer and the API for one workbench.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { createDispatch } from '../core/api/dispatch.js';
import type { AppEvent } from '../core/api/index.js';
import { withBackups } from '../db/backups/automatic-backups.js';
import { ensureDefaultWorkbench } from '../db/default-location.js';
import { warmUpDetection } from '../db/detection/worker/detection-runner.js';
import { asReviewer } from '../db/reviewer-context.js';
import { createService } from '../db/service.js';
import { openWorkbenchForApp, WorkbenchOpenError } from '../db/workbench.js';
import { type AppServer, startAppServer } from './app-server.js';
import { chromiumPrinter, pdfDownloadHandlers } from './pdf-download.js';
import { isLoopbackHost } from './security.js';

const USAGE =
  'Usage: npm run serve -- [--workbench FILE] [--host 127.0.0.1] [--port 4750] [--token-file FILE | --reviewers FILE]\n' +
  'The access token comes from --token-file or CLAIMTRACE_TOKEN; serving beyond this machine without one makes a new one.';

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        workbench: { type: 'string' },
        host: { type: 'string', default: process.env.CLAIMTRACE_HOST ?? '127.0.0.1' },
        port: { type: 'string', default: process.env.CLAIMTRACE_PORT ?? '4750' },
        token: { type: 'string' },
        'token-file': { type: 'string' },
        reviewers: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const reviewers = values.reviewers ? reviewersFrom(values.reviewers) : [];
  const token = reviewers.length > 0 ? null : accessToken(values, values.host);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535.\n${USAGE}`);

  let opened;
  try {
    opened = values.workbench ? openWorkbenchForApp(path.resolve(values.workbench), { create: true }) : ensureDefaultWorkbench();
  } catch (error) {
    if (error instanceof WorkbenchOpenError) fail(error.message);
    throw error;
  }

  let server: AppServer | null = null;
  const emit = (event: AppEvent) => server?.events.publish(event);
  // Snapshots go beside the workbench; closing it stops the automatic ones.
  const workbench = withBackups(opened, { emit });
  const service = createService(workbench, { emit, backups: workbench.backups });
  // PDFs are printed here when this machine has a Chromium; the window then downloads them.
  const handlers = { ...service, ...pdfDownloadHandlers(service, chromiumPrinter) };
  // The detector loads its language model in its own thread now, so the first request is quick.
  void warmUpDetection();
  const dispatch = createDispatch(handlers, {
    remote: true,
    onInternalError: (method, error) => console.error(`[claimtrace] ${method} failed:`, error),
  });
  try {
    server = await startAppServer({
      dispatch,
      staticDir: path.resolve(__dirname, '..', 'renderer'),
      host: values.host,
      port,
      token,
      reviewers,
      runAsReviewer: asReviewer,
    });
  } catch (error) {
    workbench.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`Port ${port} is already in use; choose another with --port.`);
    fail((error as Error).message);
  }

  console.log(`Claimtrace is serving ${workbench.path}${workbench.readonly ? ' read-only: nobody may write to it here' : ''}`);
  console.log(`Open ${server.url}`);
  if (reviewers.length > 0)
    console.log(`${reviewers.length} reviewers sign in with tokens of their own: each opens ${server.url}?token=<their token>`);

  const shutdown = async () => {
    await server?.close();
    workbench.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

void main();

/**
 * The access token: from a file or the environment, where the process list does not show it. One
 * given with --token still works, with a warning. Serving beyond this machine without any makes a
 * new random one, printed in the address to open.
 */
function accessToken(values: { token?: string | undefined; 'token-file'?: string | undefined }, host: string): string | null {
  if (values.token) {
    console.warn('[claimtrace] --token shows the token to anyone who can list processes; use --token-file or CLAIMTRACE_TOKEN.');
    return values.token;
  }
  if (values['token-file']) {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(values['token-file']), 'utf8');
    } catch (error) {
      fail(`The token file ${values['token-file']} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    }
    const token = text.trim();
    if (token.length < 16) fail(`The token in ${values['token-file']} is too short to guard a workbench (at least 16 characters).`);
    return token;
  }
  const fromEnvironment = process.env.CLAIMTRACE_TOKEN?.trim();
  if (fromEnvironment) return fromEnvironment;
  return isLoopbackHost(host) ? null : randomBytes(24).toString('base64url');
}

/**
 * A desk's reviewers, each with a token of their own: a JSON list of {"name", "token"}. History then
 * records the reviewer each request signed in as, and nobody can write it under another name.
 */
function reviewersFrom(file: string): { name: string; token: string }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
  } catch (error) {
    fail(`The reviewers file ${file} cannot be read as JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0) fail(`The reviewers file ${file} must be a JSON list of {"name": …, "token": …}.`);
  const reviewers = parsed.map((entry, i) => {
    const name = typeof entry?.name === 'string' ? entry.name.trim() : '';
    const token = typeof entry?.token === 'string' ? entry.token.trim() : '';
    if (!name) fail(`Reviewer ${i + 1} in ${file} has no name.`);
    if (token.length < 16) fail(`The token of ${name} in ${file} is too short to guard a workbench (at least 16 characters).`);
    return { name, token };
  });
  const tokens = new Set(reviewers.map((r) => r.token));
  if (tokens.size !== reviewers.length) fail(`Two reviewers in ${file} share a token; each needs their own.`);
  return reviewers;
}
