import { ApiError } from '../api/result.js';
import { sanitiseRichText } from '../text/rich-text.js';

/**
 * A reviewer's notes as they may be stored: editor state rebuilt in the editor's own formats (no
 * inline CSS, foreign nodes or script links). Anything that is not editor state is refused, since
 * it could not be loaded back into the editor.
 */
export function storableNotesJson(notesJson: string): string {
  if (!isJson(notesJson)) throw new ApiError('invalid_arguments', 'The notes could not be saved: notesJson is not valid JSON.');
  const clean = sanitiseRichText(notesJson);
  if (clean === null)
    throw new ApiError('invalid_arguments', 'The notes could not be saved: notesJson is not editor state (it needs a "root" object).');
  return clean;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
