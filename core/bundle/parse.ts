// Reading a bundle someone hands us: is it a bundle at all, one this app can read, and whole?
// Every refusal says which of these failed, because the person importing usually cannot fix the
// file and needs to know whom to ask (a colleague with a newer app, or for a fresh export).
import type { z } from 'zod';

import { ApiError } from '../api/result.js';
import { type Bundle, BUNDLE_FORMAT, BUNDLE_VERSION, OLDEST_BUNDLE_VERSION } from './format.js';
import { bundleSchema } from './schema.js';

/** Largest bundle accepted: the workbench itself has no fixed limit, but a bundle is read whole. */
export const MAX_BUNDLE_BYTES = 500 * 1024 * 1024;

const MAX_LISTED_PROBLEMS = 5;

/** Checks the size of a bundle before it is read into memory. */
export function assertBundleSize(bytes: number): void {
  if (bytes > MAX_BUNDLE_BYTES) {
    const mb = (n: number) => Math.round(n / (1024 * 1024));
    throw new ApiError('too_large', `The bundle is ${mb(bytes)} MB; bundles can be at most ${mb(MAX_BUNDLE_BYTES)} MB.`);
  }
}

/** Parses and validates the text of a bundle file. */
export function parseBundleText(text: string): Bundle {
  let value: unknown;
  try {
    // A bundle saved by an editor on Windows may start with a byte-order mark.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ApiError('invalid_arguments', `This file is not a Claimtrace bundle: it is not JSON (${firstLine(error)}).`);
  }
  return validateBundle(value);
}

/** Validates a parsed bundle: format and version first, so those get their own clear message. */
export function validateBundle(value: unknown): Bundle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError('invalid_arguments', 'This file is not a Claimtrace bundle: it is not a JSON object.');
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BUNDLE_FORMAT) {
    const found = typeof format === 'string' ? `its format is "${format.slice(0, 100)}"` : 'it has no "format"';
    throw new ApiError('unsupported', `This file is not a Claimtrace bundle: ${found}, not "${BUNDLE_FORMAT}".`);
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_VERSION) {
    throw new ApiError(
      'unsupported',
      `This bundle was made by a newer version of Claimtrace (bundle version ${version}; this app reads version ${BUNDLE_VERSION}). Update Claimtrace to import it.`,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_BUNDLE_VERSION) {
    throw new ApiError('invalid_arguments', `This bundle has no valid version (found ${JSON.stringify(version) ?? 'nothing'}).`);
  }
  const parsed = bundleSchema.safeParse(value);
  if (!parsed.success) throw new ApiError('invalid_arguments', describeProblems(parsed.error));
  return parsed.data;
}

function describeProblems(error: z.ZodError): string {
  const issues = error.issues;
  const listed = issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'bundle';
    return `${where}: ${issue.message}`;
  });
  const more = issues.length > listed.length ? ` (and ${issues.length - listed.length} more)` : '';
  return `The bundle is damaged and was not imported. ${listed.join('; ')}${more}.`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
