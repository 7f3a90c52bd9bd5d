import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { detectAttributions, type Suggestion } from '../../core/detection/index.js';
import { SEED_SOURCES } from '../../core/sources/seed-registry.js';
import { HOP_KIND_LABELS } from '../../core/vocabulary/hop-kinds.js';
import { acceptSuggestions } from '../../db/detection/accept.js';
import { suggestForDocument } from '../../db/detection/suggest.js';
import { stopDetectionWorker } from '../../db/detection/worker/detection-runner.js';
import { collectFiles } from '../../db/import/collect-files.js';
import { listDocuments } from '../../db/queries/documents.js';
import { openWorkbench, type Workbench, WorkbenchOpenError } from '../../db/workbench.js';
import { checkFileSize, IngestError } from '../../ingest/index.js';
import { extractInWorker } from '../../ingest/worker/extract-in-worker.js';
import { CliError, type CliIo } from '../io.js';

export const detectUsage =
  'claimtrace detect [--json] [--include-comments] PATH...  |  claimtrace detect --workbench FILE [--accept] [--json] [--include-comments]';

export const detectHelp = `Suggest attributed claims: who each statement is attributed to, and through which hops.

  claimtrace detect [--json] [--include-comments] PATH...
      Reads files and folders (txt, md, html, pdf, docx) without any workbench and uses the
      built-in source registry. With --json prints
        [{"file", "suggestions": [{"source", "mention", "cue", "kind", "claim", "hops": [{"source", "kind"}]}]}]
      where mention, claim and cue are {"start", "end", "text"} (cue may be null) and "source" is
      the registry's name for the source.

  claimtrace detect --workbench FILE [--accept] [--json] [--include-comments]
      Suggests for every document in a workbench, using its own registry; with --accept turns the
      suggestions into claims with their attribution chains (spans that already have a claim
      from the same source are skipped) and prints how many were added per document.

  --include-comments  also look in the reader-comment thread, which is skipped by default.

Offsets are UTF-16 code units into the document text as Claimtrace stores it: extracted from
the file and normalised (line breaks, spaces and invisible characters tidied), not the raw file.`;

/** What --json prints per suggestion; exactly these keys, so scripts can rely on them. */
interface SuggestionJson {
  source: string;
  mention: Span;
  cue: Span | null;
  kind: Suggestion['kind'];
  claim: Span;
  hops: { source: string; kind: Suggestion['kind'] }[];
}

interface Span {
  start: number;
  end: number;
  text: string;
}

export async function runDetect(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      workbench: { type: 'string' },
      accept: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'include-comments': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(detectHelp);
    return 0;
  }
  const includeComments = values['include-comments'];
  if (values.workbench) {
    if (positionals.length > 0) {
      throw new CliError(`Give either files to read or --workbench, not both.\nUsage: ${detectUsage}`);
    }
    return detectInWorkbench(values.workbench, { accept: values.accept, json: values.json, includeComments }, io);
  }
  if (values.accept) throw new CliError(`--accept needs --workbench FILE to put the claims in.\nUsage: ${detectUsage}`);
  if (positionals.length === 0) throw new CliError(`Name at least one file or folder to read.\nUsage: ${detectUsage}`);
  return detectInFiles(positionals, { json: values.json, includeComments }, io);
}

async function detectInFiles(paths: string[], options: { json: boolean; includeComments: boolean }, io: CliIo): Promise<number> {
  const { files, missing } = collectFiles(paths);
  const results: { file: string; suggestions: SuggestionJson[] }[] = [];
  const failures = missing.map((entry) => entry.error);
  for (const file of files) {
    try {
      const { text, articleStart, commentsStart } = await readDocument(file);
      const suggestions = detectAttributions(text, SEED_SOURCES, { articleStart, commentsStart, includeComments: options.includeComments });
      results.push({ file, suggestions: suggestions.map(toJson) });
    } catch (error) {
      if (!(error instanceof IngestError) && !isFileError(error)) throw error;
      failures.push(error.message);
    }
  }
  for (const failure of failures) io.err(failure);
  if (options.json) {
    io.out(JSON.stringify(results, null, 2));
  } else {
    for (const result of results) printSuggestions(io, result.file, result.suggestions);
  }
  return failures.length > 0 ? 1 : 0;
}

async function readDocument(file: string): Promise<{ text: string; articleStart: number | null; commentsStart: number | null }> {
  const name = path.basename(file);
  checkFileSize(name, fs.statSync(file).size);
  const { prepared } = await extractInWorker({ name, bytes: fs.readFileSync(file) });
  return { text: prepared.text, articleStart: prepared.metadata.articleStart, commentsStart: prepared.commentsStart };
}

async function detectInWorkbench(
  file: string,
  options: { accept: boolean; json: boolean; includeComments: boolean },
  io: CliIo,
): Promise<number> {
  const workbench = openExisting(file, !options.accept);
  try {
    const report: { documentId: string; title: string; accepted?: number; suggestions?: SuggestionJson[] }[] = [];
    for (const document of liveDocuments(workbench)) {
      const suggestions = await suggestForDocument(workbench.db, document.id, options.includeComments);
      if (options.accept) {
        const accepted = suggestions.length > 0 ? acceptSuggestions(workbench.db, document.id, suggestions).length : 0;
        report.push({ documentId: document.id, title: document.title, accepted });
      } else {
        report.push({ documentId: document.id, title: document.title, suggestions: suggestions.map(toJson) });
      }
    }
    if (options.json) {
      io.out(JSON.stringify(report, null, 2));
    } else if (options.accept) {
      for (const entry of report) io.out(`${entry.title}: ${plural(entry.accepted ?? 0, 'claim')} added`);
      const total = report.reduce((sum, entry) => sum + (entry.accepted ?? 0), 0);
      io.out(`${plural(total, 'claim')} added across ${plural(report.length, 'document')}.`);
    } else {
      for (const entry of report) printSuggestions(io, entry.title, entry.suggestions ?? []);
    }
    return 0;
  } finally {
    workbench.close();
    await stopDetectionWorker();
  }
}

function openExisting(file: string, readonly: boolean): Workbench {
  try {
    return openWorkbench(path.resolve(file), { readonly });
  } catch (error) {
    if (error instanceof WorkbenchOpenError) throw new CliError(error.message, 1);
    throw error;
  }
}

function* liveDocuments(workbench: Workbench): Generator<{ id: string; title: string }> {
  const pageSize = 500;
  for (let offset = 0; ; offset += pageSize) {
    const page = listDocuments(workbench.db, { sort: 'createdAt', descending: false, offset, limit: pageSize });
    yield* page.items;
    if (page.items.length < pageSize) return;
  }
}

function toJson(suggestion: Suggestion): SuggestionJson {
  return {
    source: suggestion.source,
    mention: span(suggestion.mention),
    cue: suggestion.cue ? span(suggestion.cue) : null,
    kind: suggestion.kind,
    claim: span(suggestion.claim),
    hops: suggestion.hops.map((hop) => ({ source: hop.source, kind: hop.kind })),
  };
}

function span(value: Span): Span {
  return { start: value.start, end: value.end, text: value.text };
}

function printSuggestions(io: CliIo, heading: string, suggestions: SuggestionJson[]): void {
  io.out(`${heading}: ${plural(suggestions.length, 'suggestion')}`);
  for (const suggestion of suggestions) {
    const chain = suggestion.hops.map((hop) => hop.source).join(' → ');
    const cue = suggestion.cue ? ` (${suggestion.cue.text})` : '';
    io.out(`  ${suggestion.claim.start}–${suggestion.claim.end}  ${HOP_KIND_LABELS[suggestion.kind]}${cue}  ${chain}`);
    io.out(`      "${oneLine(suggestion.claim.text)}"`);
  }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 97)}…` : flat;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function isFileError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
