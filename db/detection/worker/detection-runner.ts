import type { Worker } from 'node:worker_threads';

import { ApiError } from '../../../core/api/result.js';
import type { DetectOptions, RegistrySource, Suggestion } from '../../../core/detection/index.js';
import { resolveWorkerEntry, startWorker, type WorkerScript } from '../../../workers/start-worker.js';
import type { DetectionReply, DetectionRequest } from './detection-protocol.js';

const DETECT_WORKER_SCRIPT: WorkerScript = { name: 'detect-worker', label: 'attribution detector' };

/**
 * Detection reads a megabyte of news in a few seconds; a document that takes this long is not one
 * a reviewer can use suggestions for, and the thread is replaced rather than left busy.
 */
export const DETECTION_TIME_LIMIT_MS = 60_000;

// Detection keeps a few copies of the text as tokens and spans: a 20 MB paste peaks near 1 GB.
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 1536 };

interface Job {
  id: number;
  request: DetectionRequest;
  resolve: (suggestions: Suggestion[]) => void;
  reject: (error: unknown) => void;
}

interface Detector {
  worker: Worker;
  ready: boolean;
  /** Resolves when the worker has loaded the model and warmed up; never rejects. */
  whenReady: Promise<void>;
  markReady: () => void;
}

/**
 * Runs detection in one warm worker thread, one document at a time: the tagger's model and the
 * compiled detection code stay loaded between requests, and a document that hangs or exhausts
 * memory costs that thread, never the host. The thread starts on first use (or when the host
 * warms it up at launch) and is replaced after it dies or is stopped for taking too long.
 */
class DetectionRunner {
  #detector: Detector | null = null;
  #queue: Job[] = [];
  #current: Job | null = null;
  #deadline: ReturnType<typeof setTimeout> | undefined;
  #nextId = 1;

  warmUp(): Promise<void> {
    try {
      const detector = this.#detector ?? this.#start();
      // Kept alive while it warms, so a caller awaiting it is not left waiting on a dead process.
      detector.worker.ref();
      return detector.whenReady.then(() => {
        if (!this.#current && this.#detector === detector) detector.worker.unref();
      });
    } catch {
      // Warming is a courtesy; a missing worker script is reported by the first real request.
      return Promise.resolve();
    }
  }

  detect(text: string, registry: RegistrySource[], options: DetectOptions): Promise<Suggestion[]> {
    return new Promise<Suggestion[]>((resolve, reject) => {
      const id = this.#nextId++;
      this.#queue.push({ id, request: { id, text, registry, options }, resolve, reject });
      this.#runNext();
    });
  }

  async close(): Promise<void> {
    const stopped = new ApiError('cancelled', 'Attribution detection was shut down.');
    for (const job of this.#queue.splice(0)) job.reject(stopped);
    const current = this.#current;
    if (current) this.#finish(() => current.reject(stopped));
    const detector = this.#detector;
    this.#detector = null;
    if (detector) await detector.worker.terminate();
  }

  #runNext(): void {
    if (this.#current) return;
    const job = this.#queue.shift();
    if (!job) {
      // Idle: the warm worker must not keep a finished CLI process alive.
      this.#detector?.worker.unref();
      return;
    }
    this.#current = job;
    let detector: Detector;
    try {
      detector = this.#detector ?? this.#start();
    } catch (error) {
      this.#finish(() => job.reject(failure(error)));
      return;
    }
    detector.worker.ref();
    try {
      detector.worker.postMessage(job.request);
    } catch (error) {
      this.#finish(() => job.reject(failure(error)));
      return;
    }
    this.#deadline = setTimeout(() => this.#timeOut(), DETECTION_TIME_LIMIT_MS);
  }

  #start(): Detector {
    // In a bundle __dirname is dist/node or dist/electron, which hold detect-worker.cjs; under
    // vitest it is this folder, which holds detect-worker.ts. Tools that run the sources as ES
    // modules (the benchmark) name the folder themselves.
    const dir = workerDir ?? (typeof __dirname === 'string' ? __dirname : null);
    if (!dir) throw new Error('The attribution detector runs from the CommonJS bundles or under vitest.');
    const worker = startWorker(resolveWorkerEntry(dir, DETECT_WORKER_SCRIPT), RESOURCE_LIMITS);
    let markReady = (): void => undefined;
    const whenReady = new Promise<void>((resolve) => (markReady = resolve));
    const detector: Detector = { worker, ready: false, whenReady, markReady };
    worker.on('message', (reply: DetectionReply) => this.#onReply(detector, reply));
    worker.on('messageerror', (error) => this.#onDeath(detector, error));
    worker.on('error', (error) => this.#onDeath(detector, error));
    worker.on('exit', (code) => this.#onDeath(detector, `exit code ${code}`));
    this.#detector = detector;
    return detector;
  }

  #onReply(detector: Detector, reply: DetectionReply): void {
    if (detector !== this.#detector) return;
    if (reply.kind === 'ready') {
      detector.ready = true;
      detector.markReady();
      return;
    }
    const job = this.#current;
    if (!job || reply.id !== job.id) return;
    if (reply.kind === 'done') this.#finish(() => job.resolve(reply.suggestions));
    else this.#finish(() => job.reject(failure(reply.message)));
  }

  #onDeath(detector: Detector, cause: unknown): void {
    detector.markReady();
    if (detector !== this.#detector) return;
    this.#detector = null;
    void detector.worker.terminate();
    const job = this.#current;
    if (!job) return;
    const outOfMemory = (cause as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const error = outOfMemory
      ? new ApiError('too_large', 'This document is too large to look for attributions in.')
      : failure(`the detector stopped unexpectedly (${String(cause).split('\n')[0]})`);
    this.#finish(() => job.reject(error));
  }

  #timeOut(): void {
    const job = this.#current;
    const detector = this.#detector;
    this.#detector = null;
    if (detector) void detector.worker.terminate();
    if (job) {
      this.#finish(() =>
        job.reject(
          new ApiError(
            'too_large',
            `Looking for attributions took over ${DETECTION_TIME_LIMIT_MS / 1000} s and was stopped; the document is too long or unusual.`,
          ),
        ),
      );
    }
  }

  #finish(settle: () => void): void {
    clearTimeout(this.#deadline);
    this.#deadline = undefined;
    this.#current = null;
    settle();
    this.#runNext();
  }
}

function failure(cause: unknown): ApiError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new ApiError('internal', `Attributions could not be looked for: ${message}`);
}

let workerDir: string | null = null;
const shared = new DetectionRunner();

/** For tools running the TypeScript sources as ES modules, where __dirname is unknown. */
export function useDetectionWorkerFrom(dir: string): void {
  workerDir = dir;
}

/** Detection in the shared worker thread; see DetectionRunner. */
export function detectInWorker(text: string, registry: RegistrySource[], options: DetectOptions): Promise<Suggestion[]> {
  return shared.detect(text, registry, options);
}

/**
 * Starts the detection worker and its warm-up in the background, as a host does at launch; the
 * promise says when it is warm (hosts need not wait for it).
 */
export function warmUpDetection(): Promise<void> {
  return shared.warmUp();
}

/** Stops the worker, e.g. before the host exits; the next request starts a new one. */
export function stopDetectionWorker(): Promise<void> {
  return shared.close();
}
