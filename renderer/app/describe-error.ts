import type { ClientError } from '../api-client.js';

const WHAT_FAILED: Record<string, string> = {
  'workbench.info': 'Could not refresh the workbench',
  'documents.list': 'Could not load the documents',
  'sources.list': 'Could not load the sources',
  'settings.get': 'Could not load the settings',
  'settings.update': 'Could not save the settings',
};

/** A short headline for a failure; the API's own message is shown beneath it. */
export function describeError(error: ClientError): string {
  if (error.code === 'unreachable') return 'Claimtrace is not reachable';
  return (error.method && WHAT_FAILED[error.method]) ?? 'Something did not work';
}
