import type { DetectOptions, RegistrySource, Suggestion } from '../../../core/detection/index.js';

/** One document to analyse, sent to the detection worker. */
export interface DetectionRequest {
  id: number;
  text: string;
  registry: RegistrySource[];
  options: DetectOptions;
}

/**
 * What the worker says back. `ready` comes once, after the tagger's model has loaded and a short
 * warm-up text has been analysed, so the first real document runs at full speed.
 */
export type DetectionReply =
  { kind: 'ready' } | { kind: 'done'; id: number; suggestions: Suggestion[] } | { kind: 'failed'; id: number; message: string };
