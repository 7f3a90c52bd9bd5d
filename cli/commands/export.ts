import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { type ExportFile, type ExportFormat, type ExportScope, exportScopeSchema } from '../../core/api/exports.js';
import { ApiError } from '../../core/api/result.js';
import { writeFileAtomic } from '../../db/atomic-write.js';
import { APP_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { renderExport } from '../../db/reports/render-export.js';
import { openWorkbench, type Workbench, WorkbenchOpenError } from '../../db/workbench.js';
import { CliError, type CliIo } from '../io.js';
import { printHtmlToPdf } from '../pdf/print-html-to-pdf.js';

const CLI_FORMATS = ['html', 'pdf', 'md', 'csv', 'json', 'claimreview', 'webannotation'] as const;
type CliFormat = (typeof CLI_FORMATS)[number];

export const exportUsage =
  'claimtrace export --workbench FILE --format html|pdf|md|csv|json|claimreview|webannotation [--document ID | --claim ID...] [--title TEXT] [--bom] [--out PATH]';

export const exportHelp = `Export a verification report or a bundle from a workbench.

  ${exportUsage}

  --format     html           the report as one self-contained page (no scripts, no outside requests)
               pdf            the same report printed by a headless Chromium (CHROMIUM_PATH, or
                              chromium / google-chrome on PATH)
               md             the report as Markdown
               csv            one row per claim (--bom adds a byte-order mark for Excel)
               claimreview    schema.org ClaimReview JSON-LD for the claims with a verdict
               webannotation  the claims as a W3C Web Annotation collection
               json           a Claimtrace bundle, for claimtrace import-bundle or another reviewer
  --document   only this document (its ID); --claim ID (repeatable) only these claims;
               otherwise the whole workbench
  --out        where to write; by default a file named after the report in the current folder`;

export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      workbench: { type: 'string' },
      format: { type: 'string' },
      document: { type: 'string' },
      claim: { type: 'string', multiple: true },
      title: { type: 'string' },
      bom: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
    strict: true,
  });
  if (values.help) {
    io.out(exportHelp);
    return 0;
  }
  if (!values.workbench) throw new CliError(`This command needs --workbench FILE.\nUsage: ${exportUsage}`);
  const format = cliFormat(values.format);
  const scope = scopeOf(values.document, values.claim);
  if (values.bom && format !== 'csv') throw new CliError(`--bom applies to --format csv only.\nUsage: ${exportUsage}`);

  const workbench = openForExport(values.workbench);
  let file: ExportFile;
  try {
    const renderFormat: ExportFormat = format === 'pdf' ? 'html' : format;
    file = await renderExport(
      workbench.db,
      { scope, format: renderFormat, bom: values.bom, title: values.title },
      { workbenchName: workbench.name },
    );
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(error.message, 1);
    throw error;
  } finally {
    workbench.close();
  }

  const suggested = format === 'pdf' ? file.fileName.replace(/\.html$/u, '.pdf') : file.fileName;
  const out = path.resolve(values.out ?? suggested);
  if (!fs.existsSync(path.dirname(out))) throw new CliError(`The folder ${path.dirname(out)} does not exist.`, 1);
  if (format === 'pdf') {
    await printHtmlToPdf(file.content, out);
  } else {
    // Killed half-way, the command leaves the previous file whole, never a truncated one.
    await writeFileAtomic(out, file.content);
  }
  io.out(`Wrote ${out}`);
  return 0;
}

function cliFormat(value: string | undefined): CliFormat {
  if (!value) throw new CliError(`Choose what to export with --format (${CLI_FORMATS.join(', ')}).\nUsage: ${exportUsage}`);
  const format = CLI_FORMATS.find((name) => name === value.toLowerCase());
  if (!format) throw new CliError(`Unknown format "${value}"; choose one of ${CLI_FORMATS.join(', ')}.\nUsage: ${exportUsage}`);
  return format;
}

function scopeOf(documentId: string | undefined, claimIds: string[] | undefined): ExportScope {
  if (documentId && claimIds?.length) throw new CliError(`Give either --document or --claim, not both.\nUsage: ${exportUsage}`);
  const scope = documentId
    ? { kind: 'document', documentId }
    : claimIds?.length
      ? {
          kind: 'selection',
          claimIds: claimIds
            .flatMap((id) => id.split(','))
            .map((id) => id.trim())
            .filter(Boolean),
        }
      : { kind: 'workbench' };
  const parsed = exportScopeSchema.safeParse(scope);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const what = scope.kind === 'document' ? '--document' : '--claim';
    throw new CliError(
      `${what}: ${issue?.message ?? 'invalid'} (IDs look like 3f2b…-…; copy them from the app or claimtrace detect --json).`,
    );
  }
  return parsed.data satisfies ExportScope;
}

/**
 * Exports only read, so the file is opened read-only (the desktop app may have it open too); a
 * workbench from an older version of the app is brought up to date first, as opening it in the
 * app would.
 */
function openForExport(file: string): Workbench {
  const target = path.resolve(file);
  try {
    const workbench = openWorkbench(target, { readonly: true });
    if (workbench.schemaVersion >= APP_SCHEMA_VERSION) return workbench;
    workbench.close();
    return openWorkbench(target);
  } catch (error) {
    if (error instanceof WorkbenchOpenError) throw new CliError(error.message, 1);
    throw error;
  }
}
