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

/** As time(), for work that answers asynchronously (a worker's round trip). */
export async function timeAsync(fn: () => Promise<unknown>, { runs = 7, warmup = 1 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await fn();
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
  /** For measures also reported as throughput: bytes of text each run works through, and what the raw work is. */
  throughput?: Throughput;
}

export interface Throughput {
  bytes: number;
  rawName: string;
}

export function compare(name: string, app: Timing, raw: Timing, limit: number, throughput?: Throughput): BenchResult {
  const rawMs = Math.max(raw.medianMs, 0.001);
  return { name, appMs: app.medianMs, rawMs: raw.medianMs, ratio: app.medianMs / rawMs, limit, ...(throughput ? { throughput } : {}) };
}

/** A wall-clock budget a user notices, for the few measures that have no raw counterpart. */
export interface BudgetResult {
  name: string;
  ms: number;
  /** Milliseconds above which the benchmark fails; null for a figure only reported. */
  limitMs: number | null;
  /** What `ms` and `limitMs` count when the budget is not time: 'MB' for a memory budget. */
  unit?: 'ms' | 'MB';
}

const kbPerSecond = (bytes: number, ms: number) => `${(bytes / 1024 / (Math.max(ms, 0.001) / 1000)).toFixed(0)} KB/s`;

export function report(results: BenchResult[], budgets: BudgetResult[] = []): boolean {
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
  for (const { name, appMs, rawMs, throughput: t } of results) {
    if (t) console.log(`${name}: ${kbPerSecond(t.bytes, appMs)}; raw (${t.rawName}) ${kbPerSecond(t.bytes, rawMs)}`);
  }
  if (budgets.length > 0) console.log('');
  for (const b of budgets) {
    const unit = b.unit ?? 'ms';
    const over = unit === 'ms' ? 'SLOW' : 'OVER';
    const verdict = b.limitMs === null ? '' : `  ≤ ${b.limitMs} ${unit}  ${b.ms <= b.limitMs ? 'ok' : over}`;
    console.log(`${b.name}: ${b.ms.toFixed(0)} ${unit}${verdict}`);
  }
  return results.every((r) => r.ratio <= r.limit) && budgets.every((b) => b.limitMs === null || b.ms <= b.limitMs);
}
