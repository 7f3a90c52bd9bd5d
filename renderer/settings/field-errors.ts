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
