import { backupUsage, runBackup } from './commands/backup.js';
import { checkUsage, runCheck } from './commands/check.js';
import { detectUsage, runDetect } from './commands/detect.js';
import { exportUsage, runExport } from './commands/export.js';
import { importUsage, runImport } from './commands/import.js';
import { importBundleUsage, runImportBundle } from './commands/import-bundle.js';
import { CliError, type CliIo } from './io.js';

type Command = (argv: string[], io: CliIo) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string; summary: string }> = {
  check: { run: runCheck, usage: checkUsage, summary: 'Print schema version, counts and integrity of a workbench.' },
  import: { run: runImport, usage: importUsage, summary: 'Import files and folders of articles into a workbench.' },
  detect: {
    run: runDetect,
    usage: detectUsage,
    summary: 'Suggest attributed claims in files or a workbench (offsets: UTF-16, normalised text); --accept adds them.',
  },
  export: { run: runExport, usage: exportUsage, summary: 'Write a verification report (HTML, PDF, Markdown, CSV, JSON-LD) or a bundle.' },
  'import-bundle': {
    run: runImportBundle,
    usage: importBundleUsage,
    summary: 'Merge a bundle from another reviewer into a workbench; the later change wins.',
  },
  backup: {
    run: runBackup,
    usage: backupUsage,
    summary: 'Write a snapshot of a workbench into its backup folder, or to --out; safe while the app has it open.',
  },
};

export function helpText(): string {
  const lines = ['Claimtrace — fact-checking workbench, command line.', '', 'Commands:'];
  for (const [name, command] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(14)}${command.summary}`);
  lines.push('', 'Usage:');
  for (const command of Object.values(COMMANDS)) lines.push(`  ${command.usage}`);
  return lines.join('\n');
}

/** Runs one CLI invocation and returns its exit code; never throws for a user's mistake. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${helpText()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    io.err(`claimtrace ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
