// The API reports invalid arguments as one sentence: `Invalid arguments for "m": field: problem; other: problem`.
// Splitting it lets each problem sit under the field it is about. Anything that cannot be placed
// (or a message in another shape) is kept whole so it is still shown.

export interface PlacedErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  general: string | null;
}

const PREFIX = /^Invalid arguments for "[^"]*":\s*/;

export function placeFieldErrors<F extends string>(message: string, fields: readonly F[]): PlacedErrors<F> {
  const placed: Partial<Record<F, string>> = {};
  const match = PREFIX.exec(message);
  if (!match) return { fields: placed, general: message };

  const unplaced: string[] = [];
  for (const part of message.slice(match[0].length).split('; ')) {
    const separator = part.indexOf(': ');
    const field = separator > 0 ? part.slice(0, separator) : '';
    if ((fields as readonly string[]).includes(field)) {
      const key = field as F;
      const problem = part.slice(separator + 2);
      placed[key] = placed[key] ? `${placed[key]}; ${problem}` : problem;
    } else {
      unplaced.push(part);
    }
  }
  const anyPlaced = Object.keys(placed).length > 0;
  return { fields: placed, general: anyPlaced ? (unplaced.length ? unplaced.join('; ') : null) : message };
}

/**
 * A failed `{ patch }` call's errors, placed under the patch's fields: a refusal of the patch's
 * values names each field as `patch.<field>`; any other failure is one general message.
 */
export function placePatchErrors<F extends string>(error: { code: string; message: string }, fields: readonly F[]): PlacedErrors<F> {
  if (error.code !== 'invalid_arguments') return { fields: {}, general: error.message };
  const placed = placeFieldErrors(
    error.message,
    fields.map((field) => `patch.${field}` as const),
  );
  const byField: Partial<Record<F, string>> = {};
  for (const [key, message] of Object.entries(placed.fields) as [string, string][]) byField[key.slice('patch.'.length) as F] = message;
  return { fields: byField, general: placed.general };
}
