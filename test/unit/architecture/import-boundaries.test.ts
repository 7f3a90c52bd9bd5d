// The layering of DESIGN.md, enforced: the renderer never reaches Node or the database, core
// stays pure so it runs in every host (core/tsconfig.json keeps the DOM out of it too), the two
// hosts and the CLI stay apart, the database never reaches up into a host, and the worker launcher
// stands alone. A violation fails here, naming the file and the import.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const NODE_SIDE_FOLDERS = ['db', 'electron', 'server', 'cli', 'ingest', 'workers', 'scripts'];

interface Rule {
  folder: string;
  /** Project folders the folder may not import from; 'all others' keeps it to itself. */
  forbiddenFolders: string[] | 'all others';
  /** Whether Node's built-in modules are off limits (code that must run in a browser, too). */
  forbidsNodeBuiltins: boolean;
  /** Packages the folder may import; anything else from node_modules is a violation. */
  allowedPackages?: (name: string) => boolean;
  forbiddenPackages?: string[];
}

const HOSTS = ['electron', 'server', 'cli'];

const RULES: Rule[] = [
  {
    folder: 'renderer',
    forbiddenFolders: NODE_SIDE_FOLDERS,
    forbidsNodeBuiltins: true,
    forbiddenPackages: ['electron', 'better-sqlite3', 'jsdom', 'pdfjs-dist', 'mammoth'],
  },
  {
    folder: 'core',
    forbiddenFolders: [...NODE_SIDE_FOLDERS, 'renderer'],
    forbidsNodeBuiltins: true,
    // Pure computation only: validation, date parsing, and the English tagger with the model it
    // ships in its own package (no download, no file or network access).
    allowedPackages: (name) => ['zod', 'chrono-node', 'wink-nlp', 'wink-eng-lite-web-model'].includes(name),
  },
  // The desktop host and the browser host are two ways to run one app; what both need lives in a
  // folder both may import (core/, db/), never in the other host or in the CLI.
  { folder: 'electron', forbiddenFolders: ['server', 'cli'], forbidsNodeBuiltins: false },
  // The workbench serves every host, so it can know none of them.
  { folder: 'db', forbiddenFolders: HOSTS, forbidsNodeBuiltins: false },
  // Starting a worker thread is plumbing every layer uses; it depends on nothing of the app's.
  { folder: 'workers', forbiddenFolders: 'all others', forbidsNodeBuiltins: false },
];

function ruleFor(folder: string): Rule {
  const rule = RULES.find((candidate) => candidate.folder === folder);
  if (!rule) throw new Error(`No import rule for ${folder}/`);
  return rule;
}

function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[^'"`;]*?\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

function violations(rule: Rule, file: string, source: string): string[] {
  const problems: string[] = [];
  for (const specifier of importSpecifiers(source)) {
    if (specifier.startsWith('.')) {
      const target = path.relative(root, path.resolve(path.dirname(file), specifier));
      const topFolder = target.split(path.sep)[0]!;
      const forbidden = rule.forbiddenFolders === 'all others' ? topFolder !== rule.folder : rule.forbiddenFolders.includes(topFolder);
      if (forbidden) problems.push(`${specifier} (reaches ${topFolder}/)`);
      continue;
    }
    if (NODE_BUILTINS.has(specifier) || specifier.startsWith('node:')) {
      if (rule.forbidsNodeBuiltins) problems.push(`${specifier} (Node built-in)`);
      continue;
    }
    const name = packageName(specifier);
    if (rule.forbiddenPackages?.includes(name)) problems.push(`${specifier} (forbidden package)`);
    if (rule.allowedPackages && !rule.allowedPackages(name)) problems.push(`${specifier} (package not allowed)`);
  }
  return problems;
}

function sourceFiles(folder: string): string[] {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|mts|cts|js|mjs)$/.test(name))
    .map((name) => path.join(dir, name));
}

describe('import boundaries', () => {
  for (const rule of RULES) {
    it(`${rule.folder}/ imports nothing it must not`, () => {
      const files = sourceFiles(rule.folder);
      expect(files.length).toBeGreaterThan(0);
      const problems = files.flatMap((file) =>
        violations(rule, file, fs.readFileSync(file, 'utf8')).map((p) => `${path.relative(root, file)}: ${p}`),
      );
      expect(problems).toEqual([]);
    });
  }

  // The Node-side bundles load packages from node_modules at run time (scripts/build.mjs), and the
  // installed app has only package.json's dependencies there: a development-only package (jsdom,
  // which tests use) imported by the app's own code would be missing from the installed app.
  it('the Node side imports at run time only packages the installed app ships', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // Electron's module is the runtime itself, not a package in node_modules.
    const shipped = new Set([...Object.keys(manifest.dependencies), 'electron']);
    const problems = NODE_SIDE_FOLDERS.filter((folder) => folder !== 'scripts').flatMap((folder) =>
      sourceFiles(folder).flatMap((file) =>
        importSpecifiers(fs.readFileSync(file, 'utf8').replace(/\b(?:import|export)\s+type\b[^;]*;/g, ''))
          .filter((specifier) => !specifier.startsWith('.') && !NODE_BUILTINS.has(specifier) && !specifier.startsWith('node:'))
          .filter((specifier) => !shipped.has(packageName(specifier)))
          .map((specifier) => `${path.relative(root, file)}: ${specifier} (not in dependencies)`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('catches each kind of violation', () => {
    const renderer = ruleFor('renderer');
    const core = ruleFor('core');
    const rendererFile = path.join(root, 'renderer/app/x.tsx');
    const coreFile = path.join(root, 'core/x.ts');
    expect(violations(renderer, rendererFile, `import { ipcRenderer } from 'electron';`)).toHaveLength(1);
    expect(violations(renderer, rendererFile, `import fs from 'node:fs';`)).toHaveLength(1);
    expect(violations(renderer, rendererFile, `import path from "path";`)).toHaveLength(1);
    expect(violations(renderer, rendererFile, `import Database from 'better-sqlite3';`)).toHaveLength(1);
    expect(violations(renderer, rendererFile, `import { openWorkbench } from '../../db/workbench.js';`)).toHaveLength(1);
    expect(violations(renderer, rendererFile, `const m = await import('../../db/service.js');`)).toHaveLength(1);
    expect(violations(renderer, rendererFile, `import { contract } from '../../core/api/index.js';`)).toEqual([]);
    expect(violations(core, coreFile, `import { readFileSync } from 'fs';`)).toHaveLength(1);
    expect(violations(core, coreFile, `import { JSDOM } from 'jsdom';`)).toHaveLength(1);
    expect(violations(core, coreFile, `export { x } from '../server/app-server.js';`)).toHaveLength(1);
    expect(violations(core, coreFile, `import { startWorker } from '../workers/start-worker.js';`)).toHaveLength(1);
    expect(violations(core, coreFile, `import { z } from 'zod';`)).toEqual([]);
  });

  it('keeps the hosts apart and the workbench below them', () => {
    const electron = ruleFor('electron');
    const db = ruleFor('db');
    const electronFile = path.join(root, 'electron/x.ts');
    const dbFile = path.join(root, 'db/queries/x.ts');
    expect(violations(electron, electronFile, `import { CONTENT_SECURITY_POLICY } from '../server/static-files.js';`)).toHaveLength(1);
    expect(violations(electron, electronFile, `const { run } = require('../cli/main.js');`)).toHaveLength(1);
    expect(violations(electron, electronFile, `import { createService } from '../db/service.js';`)).toEqual([]);
    expect(violations(electron, electronFile, `import { BrowserWindow } from 'electron';\nimport path from 'node:path';`)).toEqual([]);
    expect(violations(db, dbFile, `import { withHostHandlers } from '../../electron/desktop-host.js';`)).toHaveLength(1);
    expect(violations(db, dbFile, `import { startServer } from '../../server/app-server.js';`)).toHaveLength(1);
    expect(violations(db, dbFile, `const m = await import('../../cli/main.js');`)).toHaveLength(1);
    expect(
      violations(
        db,
        dbFile,
        `import { contract } from '../../core/api/index.js';\nimport { startWorker } from '../../workers/start-worker.js';`,
      ),
    ).toEqual([]);
  });

  it('keeps the worker launcher free of the app', () => {
    const workers = ruleFor('workers');
    const file = path.join(root, 'workers/x.ts');
    expect(violations(workers, file, `import { ApiError } from '../core/api/result.js';`)).toHaveLength(1);
    expect(violations(workers, file, `import { extractInWorker } from '../ingest/worker/extract-in-worker.js';`)).toHaveLength(1);
    expect(violations(workers, file, `import manifest from '../package.json';`)).toHaveLength(1);
    expect(violations(workers, file, `import { Worker } from 'node:worker_threads';\nimport { helper } from './helper.js';`)).toEqual([]);
  });
});
