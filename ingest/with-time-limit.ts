import { IngestError } from './ingest-error.js';

/**
 * Runs a parser with a deadline. The parsers used here work in asynchronous steps, so the timer
 * gets its turn between steps; when it fires, `abandon` stops the parser's remaining work and the
 * import fails with a timeout instead of waiting.
 */
export async function withTimeLimit<T>(name: string, limitMs: number, work: () => Promise<T>, abandon: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandon();
      const seconds = limitMs >= 1000 ? `${Math.round(limitMs / 1000)} seconds` : `${limitMs} ms`;
      reject(new IngestError('timeout', `${name} took longer than ${seconds} to read and was skipped.`));
    }, limitMs);
  });
  const running = work();
  // Past the deadline nobody awaits the work any more; its late failure must not surface as an
  // unhandled rejection, which would take the process down.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Lets timers run between parsing steps that would otherwise chain microtasks only. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
