// Entry point of the `claimtrace` command (package.json "bin" → bin/claimtrace.cjs → here).
import { processIo } from './io.js';
import { runCli } from './run-cli.js';

void runCli(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
