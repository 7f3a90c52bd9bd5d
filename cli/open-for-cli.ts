import path from 'node:path';

import { openWorkbench, type Workbench, WorkbenchOpenError } from '../db/workbench.js';
import { CliError } from './io.js';

/** Opens (creating if needed) the workbench a command writes to, turning refusals into CLI errors. */
export function openForCli(file: string | undefined, usage: string): Workbench {
  if (!file) throw new CliError(`This command needs --workbench FILE.\nUsage: ${usage}`);
  try {
    return openWorkbench(path.resolve(file), { create: true });
  } catch (error) {
    if (error instanceof WorkbenchOpenError) throw new CliError(error.message, 1);
    throw error;
  }
}
