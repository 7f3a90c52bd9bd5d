// Timing helpers for the benchmarks: medians of repeated runs, so one slow run (a GC pause, the
// other core busy) does not decide a figure.

export interface Timing {
  medianMs: number;
  runs: number;
}

export function time(fn: () => unknown, { runs = 7, warmup = 1 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, runs };
}

export interface BenchResult {
  name: string;
  appMs: number;
  rawMs: number;
  /** How many times slower the app is than the raw SQLite (or string) work it wraps. */
  ratio: number;
  /** The ratio above which the benchmark fails. */
  limit: number;
}

export function compare(name: string, app: Timing, raw: Timing, limit: number): BenchResult {
  const rawMs = Math.max(raw.medianMs, 0.001);
  return { name, appMs: app.medianMs, rawMs: raw.medianMs, ratio: app.medianMs / rawMs, limit };
}

export function report(results: BenchResult[]): boolean {
  const rows = results.map((r) => [
    r.name,
    r.appMs.toFixed(2),
    r.rawMs.toFixed(2),
    `${r.ratio.toFixed(2)}×`,
    `≤ ${r.limit}×`,
    r.ratio <= r.limit ? 'ok' : 'SLOW',
  ]);
  const header = ['benchmark', 'app ms', 'raw ms', 'ratio', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  return results.every((r) => r.ratio <= r.limit);
}
