/** Renderer → host: one request channel for every API method. */
export const CALL_CHANNEL = 'claimtrace:call';
/** Host → renderer: one channel for every AppEvent. */
export const EVENT_CHANNEL = 'claimtrace:event';
