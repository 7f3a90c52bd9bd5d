import { randomUUID } from 'node:crypto';

/** A new random ID. UUIDs rather than integers so rows from two workbenches never collide. */
export function newId(): string {
  return randomUUID();
}

/** The current time as stored in the workbench: ISO-8601 in UTC, millisecond precision. */
export function now(date: Date = new Date()): string {
  return date.toISOString();
}
