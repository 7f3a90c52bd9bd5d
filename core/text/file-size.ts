// File sizes as people read them, the same on every screen and in every report: "1 byte",
// "512 bytes", "1.5 KB", "340 KB", "12 MB" — binary multiples (1 KB = 1024 bytes), as file managers
// on most systems show them, one decimal below ten and none above.

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** The size in words; empty for a size that is not one (negative, not a number). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 10 ? Math.round(value).toString() : (Math.round(value * 10) / 10).toString();
  return `${shown} ${UNITS[unit]}`;
}
