// How the Backups section writes sizes and times: short, in the reader's locale.

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** 348160 → "340 KB"; binary multiples, as file managers on every platform but macOS show them. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? Math.round(value) : value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  if (unit === 0) return `${sizeFormat.format(rounded)} ${rounded === 1 ? 'byte' : 'bytes'}`;
  return `${sizeFormat.format(rounded)} ${UNITS[unit]}`;
}

/** A snapshot's time (stored in UTC) in the reader's own time zone; unparseable text as is. */
export function formatBackupTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : timeFormat.format(time);
}
