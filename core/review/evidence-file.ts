// Files attached as evidence travel as base64 (the same call works over IPC and HTTP) and are
// kept inside the workbench. These checks run before anything is decoded or stored.
import { ApiError } from '../api/result.js';

const MB = 1024 * 1024;

/** Largest evidence file kept in a workbench: big enough for a scanned report or a screen video clip. */
export const MAX_EVIDENCE_FILE_BYTES = 50 * 1024 * 1024;

/** Base64 characters needed for MAX_EVIDENCE_FILE_BYTES: longer input is refused unread. */
export const MAX_EVIDENCE_BASE64_CHARS = Math.ceil(MAX_EVIDENCE_FILE_BYTES / 3) * 4;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * How many bytes a base64 string decodes to, or null when it is not base64 (wrong alphabet or a
 * length no encoder produces). Node's decoder skips characters it does not know, so without this
 * check a corrupted upload would be stored as silently different bytes.
 */
export function decodedBase64Length(base64: string): number | null {
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) return null;
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/**
 * Refuses an upload with a clear reason before anything is decoded or stored: too long to be
 * within the limit (judged on the base64 length, before decoding), not base64, or empty.
 */
export function checkEvidenceUpload(dataBase64: string): void {
  if (dataBase64.length > MAX_EVIDENCE_BASE64_CHARS) {
    const size = Math.round(((dataBase64.length / 4) * 3) / MB);
    throw new ApiError('too_large', `The file is about ${size} MB; evidence files can be at most ${MAX_EVIDENCE_FILE_BYTES / MB} MB.`);
  }
  const length = decodedBase64Length(dataBase64);
  if (length === null) throw new ApiError('invalid_arguments', 'The file could not be read: its data is not valid base64.');
  if (length === 0) throw new ApiError('invalid_arguments', 'The file is empty; there is nothing to keep as evidence.');
}

/** A stored file's name: the last path segment, without control characters, never empty. */
export function cleanFileName(name: string): string {
  const last = name.split(/[\\/]/u).pop() ?? '';
  const cleaned = last.replace(/[\u0000-\u001f\u007f]/gu, '').trim();
  return cleaned.length > 0 ? cleaned.slice(0, 255) : 'evidence';
}
