import { call } from '../api-client.js';
import { useLiveResource } from '../use-live-resource.js';

export type OutletCount = { outlet: string; count: number };

/**
 * The outlets to filter by; fetched only while the filters are shown, and again when documents
 * change. An outlet list that cannot be loaded is an empty one: the filter is a convenience.
 */
export function useOutlets(enabled: boolean): OutletCount[] | null {
  const outlets = useLiveResource(enabled ? 'outlets' : null, () => call('documents.outlets'), ['documents.changed']);
  return outlets.value ?? (outlets.error ? [] : null);
}
