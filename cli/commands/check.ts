import path from 'node:path';
import { parseArgs } from 'node:util';

import { checkWorkbench } from '../../db/check.js';
import { WorkbenchOpenError } from '../../db/workbench.js';
import { CliError, type CliIo } from '../io.js';

export const checkUsage = 'claimtrace check --workbench FILE [--json]';

/** Reports a workbench's health without changing a byte of it; exit 1 when it is damaged. */
export function runCheck(argv: string[], io: CliIo): number {
  const { values } = parseArgs({
    args: argv,
    options: { workbench: { type: 'string' }, json: { type: 'boolean', default: false } },
    strict: true,
  });
  if (!values.workbench) throw new CliError(`check needs --workbench FILE.\nUsage: ${checkUsage}`);
  const file = path.resolve(values.workbench);

  let report;
  try {
    report = checkWorkbench(file);
  } catch (error) {
    if (error instanceof WorkbenchOpenError) throw new CliError(error.message, 1);
    throw error;
  }

  if (values.json) {
    io.out(JSON.stringify({ file, ...report }, null, 2));
  } else {
    io.out(`Workbench       ${file}`);
    io.out(`Schema version  ${report.schemaVersion} (this app writes ${report.appSchemaVersion})`);
    for (const [name, count] of Object.entries(report.counts)) {
      io.out(`${capitalise(name).padEnd(16)}${count}`);
    }
    io.out(`Integrity       ${report.integrity.join('; ')}`);
  }
  return report.ok ? 0 : 1;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
