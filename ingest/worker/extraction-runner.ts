import type { ResourceLimits, Worker } from 'node:worker_threads';

import { startWorker } from '../../workers/start-worker.js';
import { displayName } from '../file-names.js';
import { IngestError } from '../ingest-error.js';
import { EXTRACTION_TIME_LIMIT_MS } from '../limits.js';
import type { ExtractionReply, ExtractionRequest, ReadInWorker } from './extraction-protocol.js';

export interface ExtractInWorkerOptions {
  /** How long reading one file may take; defaults to EXTRACTION_TIME_LIMIT_MS. */
  timeLimitMs?: number;
  /** Aborting stops the file's reading at once; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** The bytes are text the reviewer pasted (UTF-8), with the title they gave it, if any. */
  pasted?: { title: string | null };
}

export interface ExtractionRunnerOptions {
  /** The worker script: a compiled .cjs, or a .ts source that is started through tsx. */
  entry: string;
  resourceLimits?: ResourceLimits;
}

/**
 * A 4 MB web page, the largest the HTML reader is given, peaks near 300 MB (900 MB when pages were
 * read with jsdom). The cap sits well above that so every file that imports in-process still
 * imports here, and keeps a pathological file from taking the whole machine's memory.
 */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 2048 };

/**
 * The PDF and DOCX readers keep their own deadline inside the worker and give up without killing
 * it, which keeps the warm worker. The hard deadline comes a little later so that they get to
 * answer first; it is there for code that never yields (a parser in an endless loop, Readability on a
 * pathological page), which only terminating the thread can stop.
 */
const HARD_DEADLINE_GRACE_MS = 1_000;

/** Loading the readers takes well under a second from the bundle; this only catches a wedged start. */
const STARTUP_LIMIT_MS = 30_000;

interface Job {
  id: number;
  file: { name: string; bytes: Uint8Array };
  pasted: { title: string | null } | undefined;
  timeLimitMs: number;
  signal: AbortSignal | undefined;
  resolve: (read: ReadInWorker) => void;
  reject: (error: unknown) => void;
  stopListening: () => void;
}

interface Reader {
  worker: Worker;
  /** The worker has loaded its readers and answers requests. */
  ready: boolean;
}

/**
 * Reads files in one worker thread, one file at a time, so a file that hangs or exhausts memory
 * costs that thread and never the host. The thread is started on first use, kept warm between
 * files, and replaced after it is terminated or dies. Only one, not a pool: imports run one file
 * after another anyway (the database is written from the calling thread), the machines this runs
 * on may have two cores, and each warm worker holds its own copy of the HTML reader, mammoth and pdf.js.
 */
export class ExtractionRunner {
  readonly #entry: string;
  readonly #resourceLimits: ResourceLimits;
  #reader: Reader | null = null;
  #queue: Job[] = [];
  #current: Job | null = null;
  #deadline: ReturnType<typeof setTimeout> | undefined;
  #nextId = 1;

  constructor(options: ExtractionRunnerOptions) {
    this.#entry = options.entry;
    this.#resourceLimits = options.resourceLimits ?? WORKER_RESOURCE_LIMITS;
  }

  /**
   * The file's text, read in the worker. Failures are IngestErrors naming the file, as from
   * extractDocument, plus two of the worker's own: a timeout, and a worker that died reading the
   * file ('malformed'). The buffer behind `file.bytes` is handed to the worker when reading starts
   * (not copied), so the caller must not use the bytes afterwards.
   */
  extract(file: { name: string; bytes: Uint8Array }, options: ExtractInWorkerOptions = {}): Promise<ReadInWorker> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<ReadInWorker>((resolve, reject) => {
      const job: Job = {
        id: this.#nextId++,
        file,
        timeLimitMs: options.timeLimitMs ?? EXTRACTION_TIME_LIMIT_MS,
        pasted: options.pasted,
        signal,
        resolve,
        reject,
        stopListening: () => undefined,
      };
      if (signal) {
        const onAbort = (): void => this.#abort(job);
        signal.addEventListener('abort', onAbort, { once: true });
        job.stopListening = () => signal.removeEventListener('abort', onAbort);
      }
      this.#queue.push(job);
      this.#runNext();
    });
  }

  /** Stops the worker; extractions still waiting or running fail. */
  async close(): Promise<void> {
    const stopped = new Error("Claimtrace's file reader was shut down.");
    for (const job of this.#queue.splice(0)) {
      job.stopListening();
      job.reject(stopped);
    }
    const reader = this.#reader;
    this.#reader = null;
    const running = this.#current;
    if (running) this.#finish(running, () => running.reject(stopped));
    if (reader) await reader.worker.terminate();
  }

  #runNext(): void {
    if (this.#current) return;
    const job = this.#queue.shift();
    if (!job) {
      // Idle: the warm worker must not keep a finished CLI process alive.
      this.#reader?.worker.unref();
      return;
    }
    this.#current = job;
    let reader: Reader;
    try {
      reader = this.#reader ?? this.#startReader();
    } catch (error) {
      this.#finish(job, () => job.reject(startFailure(error)));
      return;
    }
    // While a file is being read the worker's answer is awaited, so it keeps the process alive.
    reader.worker.ref();
    const { bytes, transfer } = handOver(job.file.bytes);
    const request: ExtractionRequest = {
      id: job.id,
      name: job.file.name,
      bytes,
      timeLimitMs: job.timeLimitMs,
      ...(job.pasted ? { pasted: job.pasted } : {}),
    };
    try {
      reader.worker.postMessage(request, transfer);
    } catch (error) {
      this.#finish(job, () => job.reject(unreadable(job, error instanceof Error ? error.message : String(error))));
      return;
    }
    if (reader.ready) this.#armReadingDeadline(job);
    else this.#armDeadline(STARTUP_LIMIT_MS, () => this.#failCurrent(startFailure(`it did not start within ${STARTUP_LIMIT_MS / 1000} s`)));
  }

  #startReader(): Reader {
    const worker = startWorker(this.#entry, this.#resourceLimits);
    const reader: Reader = { worker, ready: false };
    worker.on('message', (reply: ExtractionReply) => this.#onReply(reader, reply));
    worker.on('messageerror', (error) => this.#onDeath(reader, error));
    worker.on('error', (error) => this.#onDeath(reader, error));
    worker.on('exit', (code) => this.#onDeath(reader, `exit code ${code}`));
    this.#reader = reader;
    return reader;
  }

  #onReply(reader: Reader, reply: ExtractionReply): void {
    if (reader !== this.#reader) return;
    if (reply.kind === 'ready') {
      reader.ready = true;
      if (this.#current) this.#armReadingDeadline(this.#current);
      return;
    }
    const job = this.#current;
    if (!job || reply.id !== job.id) return;
    if (reply.kind === 'done') this.#finish(job, () => job.resolve(reply.read));
    else if (reply.kind === 'refused') this.#finish(job, () => job.reject(new IngestError(reply.code, reply.message)));
    else this.#finish(job, () => job.reject(unreadable(job, reply.message)));
  }

  /** The worker crashed, ran out of memory or exited; the next file gets a fresh one. */
  #onDeath(reader: Reader, cause: unknown): void {
    if (reader !== this.#reader) return;
    this.#reader = null;
    void reader.worker.terminate();
    const job = this.#current;
    if (!job) return;
    if (!reader.ready) {
      this.#finish(job, () => job.reject(startFailure(cause)));
      return;
    }
    const outOfMemory = (cause as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const error = outOfMemory
      ? new IngestError(
          'malformed',
          `${displayName(job.file.name)} could not be read: reading it needed more memory than one file may use; it may be damaged.`,
        )
      : unreadable(job, `the file reader stopped unexpectedly (${firstLine(cause)})`);
    this.#finish(job, () => job.reject(error));
  }

  #armReadingDeadline(job: Job): void {
    this.#armDeadline(job.timeLimitMs + HARD_DEADLINE_GRACE_MS, () => {
      const limit = job.timeLimitMs >= 1000 ? `${Math.round(job.timeLimitMs / 1000)} s` : `${job.timeLimitMs} ms`;
      this.#failCurrent(new IngestError('timeout', `${displayName(job.file.name)} took too long to read (over ${limit}) and was skipped.`));
    });
  }

  #armDeadline(ms: number, onExpiry: () => void): void {
    clearTimeout(this.#deadline);
    this.#deadline = setTimeout(onExpiry, ms);
  }

  #abort(job: Job): void {
    const queued = this.#queue.indexOf(job);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      job.stopListening();
      job.reject(job.signal?.reason);
    } else if (job === this.#current) {
      this.#failCurrent(job.signal?.reason);
    }
  }

  /** Gives up on the file being read: only terminating the thread stops code that never yields. */
  #failCurrent(error: unknown): void {
    const job = this.#current;
    if (!job) return;
    const reader = this.#reader;
    this.#reader = null;
    if (reader) void reader.worker.terminate();
    this.#finish(job, () => job.reject(error));
  }

  #finish(job: Job, settle: () => void): void {
    clearTimeout(this.#deadline);
    this.#deadline = undefined;
    job.stopListening();
    if (this.#current === job) this.#current = null;
    settle();
    this.#runNext();
  }
}

/**
 * The bytes as they can be sent without copying. A view that covers its whole buffer hands the
 * buffer over. Node's small Buffers are slices of one shared pool holding other data, so those
 * (a few kilobytes at most) are copied into a buffer of their own, which is then handed over.
 */
function handOver(bytes: Uint8Array): { bytes: Uint8Array; transfer: ArrayBuffer[] } {
  const { buffer } = bytes;
  const own = buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength;
  const sent = own ? bytes : new Uint8Array(bytes);
  return { bytes: sent, transfer: [sent.buffer as ArrayBuffer] };
}

function unreadable(job: Job, reason: string): IngestError {
  return new IngestError('malformed', `${displayName(job.file.name)} could not be read: ${reason}.`);
}

/** Not the file's fault, so not an IngestError: the reader itself is broken or missing. */
function startFailure(cause: unknown): Error {
  return new Error(`Claimtrace's file reader could not start (${firstLine(cause)}).`, { cause });
}

function firstLine(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  return text.split('\n')[0] ?? text;
}
