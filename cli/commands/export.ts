import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import {
  type ClaimFilter,
  type ExportFile,
  type ExportFormat,
  type ExportScope,
  exportScopeSchema,
  HISTORY_FORMATS,
  REVISION_NOTE_FORMATS,
} from '../../core/api/exports.js';
import { ApiError } from '../../core/api/result.js';
import { CLAIM_STATUSES, type ClaimStatus } from '../../core/domain.js';
import { ORIGIN_FILTERS, type OriginFilter } from '../../core/review/origins.js';
import { writeFileAtomic } from '../../db/atomic-write.js';
import { APP_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { renderExport } from '../../db/reports/render-export.js';
import { openWorkbench, type Workbench, WorkbenchOpenError } from '../../db/workbench.js';
import { CliError, type CliIo } from '../io.js';
import { printHtmlToPdf } from '../pdf/print-html-to-pdf.js';

const CLI_FORMATS = ['html', 'pdf', 'md', 'csv', 'json', 'claimreview', 'claimreview-script', 'webannotation'] as const;
type CliFormat = (typeof CLI_FORMATS)[number];

export const exportUsage =
  'claimtrace export --workbench FILE --format html|pdf|md|csv|json|claimreview|claimreview-script|webannotation [--document ID | --claim ID...] [--status STATUS...] [--rated] [--origin single|single-unnamed] [--revised] [--title TEXT] [--history] [--no-revision-notes] [--bom] [--out PATH]';

export const exportHelp = `Export a verification report or a bundle from a workbench.

  ${exportUsage}

  --format     html           the report as one self-contained page (no scripts, no outside requests)
               pdf            the same report printed by a headless Chromium (CHROMIUM_PATH, or
                              chromium / google-chrome on PATH)
               md             the report as Markdown
               csv            one row per claim (--bom adds a byte-order mark for Excel)
               claimreview    schema.org ClaimReview JSON-LD for the claims that are Done with a
                              verdict and a rationale (needs the organisation name and the
                              fact-check page address in the settings); says on stderr how many it
                              left out
               claimreview-script
                              the same as ready <script type="application/ld+json"> blocks, one per
                              fact-check, to paste into the pages that publish them
               webannotation  the claims as a W3C Web Annotation collection
               json           a Claimtrace bundle, for claimtrace import-bundle or another reviewer
  --document   only this document (its ID); --claim ID (repeatable) only these claims;
               otherwise the whole workbench
  --status     only claims with this status: ${CLAIM_STATUSES.join(', ')} (repeatable;
               --status done is "Done only")
  --rated      only claims with a verdict ("Rated only")
  --origin     single: only claims whose documents all rest on one origin; single-unnamed: on
               one unnamed origin
  --revised    only claims whose words a later version of their article reworded, took out or
               moved
  --history    html, pdf and md: print each claim's recent audit history (left out by default,
               since it is the desk's internal record)
  --no-revision-notes
               html, pdf, md and csv: leave out the "Changed after publication" note printed
               beside each claim whose quoted words a later version of the article changed,
               took out or moved
  --out        where to write; by default a file named after the report in the current folder`;

export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      workbench: { type: 'string' },
      format: { type: 'string' },
      document: { type: 'string' },
      claim: { type: 'string', multiple: true },
      status: { type: 'string', multiple: true },
      rated: { type: 'boolean', default: false },
      origin: { type: 'string' },
      revised: { type: 'boolean', default: false },
      history: { type: 'boolean', default: false },
      'no-revision-notes': { type: 'boolean', default: false },
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
  const scope = scopeOf(values.document, values.claim, filterOf(values.status, values.rated, values.origin, values.revised));
  const renderFormat: ExportFormat = format === 'pdf' ? 'html' : format;
  if (values.bom && format !== 'csv') throw new CliError(`--bom applies to --format csv only.\nUsage: ${exportUsage}`);
  if (values.history && !HISTORY_FORMATS.has(renderFormat)) {
    throw new CliError(`--history applies to --format html, pdf and md only.\nUsage: ${exportUsage}`);
  }
  const noRevisionNotes = values['no-revision-notes'];
  if (noRevisionNotes && !REVISION_NOTE_FORMATS.has(renderFormat)) {
    throw new CliError(`--no-revision-notes applies to --format html, pdf, md and csv only.\nUsage: ${exportUsage}`);
  }

  const workbench = openForExport(values.workbench);
  let file: ExportFile;
  try {
    file = await renderExport(
      workbench.db,
      {
        scope,
        format: renderFormat,
        bom: values.bom,
        title: values.title,
        history: values.history,
        ...(noRevisionNotes ? { revisionNotes: false } : {}),
      },
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
  // What the file cannot say about itself (claims left out of ClaimReview) goes to stderr, so
  // stdout stays the one line a script reads.
  for (const notice of file.notices ?? []) io.err(notice);
  return 0;
}

function cliFormat(value: string | undefined): CliFormat {
  if (!value) throw new CliError(`Choose what to export with --format (${CLI_FORMATS.join(', ')}).\nUsage: ${exportUsage}`);
  const format = CLI_FORMATS.find((name) => name === value.toLowerCase());
  if (!format) throw new CliError(`Unknown format "${value}"; choose one of ${CLI_FORMATS.join(', ')}.\nUsage: ${exportUsage}`);
  return format;
}

function filterOf(statuses: string[] | undefined, rated: boolean, origin: string | undefined, revised: boolean): ClaimFilter | undefined {
  const chosen = (statuses ?? [])
    .flatMap((value) => value.split(','))
    .map((value) =>
      value
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/gu, '_'),
    );
  const unknown = chosen.filter((value) => !(CLAIM_STATUSES as readonly string[]).includes(value));
  if (unknown.length > 0) {
    throw new CliError(`Unknown status "${unknown[0]}"; choose one of ${CLAIM_STATUSES.join(', ')}.\nUsage: ${exportUsage}`);
  }
  const filter: ClaimFilter = {};
  if (chosen.length > 0) filter.status = [...new Set(chosen as ClaimStatus[])];
  if (rated) filter.rated = true;
  if (revised) filter.revised = true;
  if (origin !== undefined) {
    if (!(ORIGIN_FILTERS as readonly string[]).includes(origin)) {
      throw new CliError(`Unknown origin filter "${origin}"; choose one of ${ORIGIN_FILTERS.join(', ')}.\nUsage: ${exportUsage}`);
    }
    filter.origin = origin as OriginFilter;
  }
  return Object.keys(filter).length > 0 ? filter : undefined;
}

function scopeOf(documentId: string | undefined, claimIds: string[] | undefined, filter: ClaimFilter | undefined): ExportScope {
  if (documentId && claimIds?.length) throw new CliError(`Give either --document or --claim, not both.\nUsage: ${exportUsage}`);
  const narrowed = filter ? { filter } : {};
  const scope = documentId
    ? { kind: 'document', documentId, ...narrowed }
    : claimIds?.length
      ? {
          kind: 'selection',
          claimIds: claimIds
            .flatMap((id) => id.split(','))
            .map((id) => id.trim())
            .filter(Boolean),
          ...narrowed,
        }
      : { kind: 'workbench', ...narrowed };
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
