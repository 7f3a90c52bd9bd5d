// The command line run in-process, with what it prints kept: the tests read stdout and stderr as text.
import { runCli } from '../../../../cli/run-cli.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function run(argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
