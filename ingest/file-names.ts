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

/** "50 MB", "512 KB": sizes as people read them in messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
