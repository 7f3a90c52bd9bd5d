// How an attached file's size is written on screen. The words for evidence stances and kinds are
// shared with the reports, in core/vocabulary.

const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** "512 bytes", "1.5 KB", "12 MB": one decimal below ten, none above. */
export function formatFileSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const shown = value < 10 ? value.toFixed(1).replace(/\.0$/u, '') : String(Math.round(value));
  return `${shown} ${UNITS[unit]}`;
}
