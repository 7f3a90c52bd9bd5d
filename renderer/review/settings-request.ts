// Assigning claims "to me" needs the reviewer's name; where it is missing, views ask the shell to
// open Settings by window event, as they ask it to open claims and sources (tracing/trace-events.ts).

export const OPEN_SETTINGS_EVENT = 'claimtrace:open-settings';

export function requestOpenSettings(): void {
  window.dispatchEvent(new Event(OPEN_SETTINGS_EVENT));
}
