/** The file's own name without any folders, as the user recognises it. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base.length > 0 ? base : 'The file';
}

/** Lower-case extension without the dot, or '' when there is none. */
export function extensionOf(name: string): string {
  const base = displayName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
