// How the Backups section writes times: short, in the reader's locale (sizes: core/text/file-size.ts).

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A snapshot's time (stored in UTC) in the reader's own time zone; unparseable text as is. */
export function formatBackupTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : timeFormat.format(time);
}
