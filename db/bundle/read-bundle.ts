import { ApiError } from '../../core/api/result.js';
import type { Bundle } from '../../core/bundle/format.js';
import { assertBundleSize, MAX_BUNDLE_BYTES, parseBundleText } from '../../core/bundle/parse.js';
import { decodedBase64Length } from '../../core/review/evidence-file.js';

/** A bundle file's bytes, checked for size before they are decoded as text. */
export function readBundleBytes(bytes: Uint8Array): Bundle {
  assertBundleSize(bytes.byteLength);
  return parseBundleText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/** A bundle sent as base64 (how files travel over IPC and HTTP). */
export function readBundleBase64(dataBase64: string): Bundle {
  // Judged on the encoded length first, so an oversized upload is refused before it is decoded.
  assertBundleSize(Math.floor((dataBase64.length / 4) * 3));
  if (decodedBase64Length(dataBase64) === null) {
    throw new ApiError('invalid_arguments', 'The bundle could not be read: its data is not valid base64.');
  }
  return readBundleBytes(Buffer.from(dataBase64, 'base64'));
}

/** A bundle sent as JSON text. */
export function readBundleJson(json: string): Bundle {
  // UTF-16 length is a lower bound of the UTF-8 size and cheap to know.
  if (json.length > MAX_BUNDLE_BYTES) assertBundleSize(Buffer.byteLength(json, 'utf8'));
  return parseBundleText(json);
}
