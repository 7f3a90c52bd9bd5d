// A chosen bundle file, sent to the workbench to merge. The size is judged before the file is read,
// so a wrong pick (a video, a disk image) is refused at once instead of filling the memory.
import type { MergeSummary } from '../../core/bundle/format.js';
import { MAX_BUNDLE_BYTES } from '../../core/bundle/parse.js';
import { call, ClientError } from '../api-client.js';
import { formatNumber } from '../format.js';

export async function importBundleFile(file: Pick<File, 'size' | 'text'>): Promise<MergeSummary> {
  if (file.size > MAX_BUNDLE_BYTES) {
    const megabytes = (bytes: number) => formatNumber(Math.round(bytes / (1024 * 1024)));
    throw new ClientError(
      'too_large',
      `The file is ${megabytes(file.size)} MB; bundles can be at most ${megabytes(MAX_BUNDLE_BYTES)} MB.`,
      'bundles.import',
    );
  }
  if (file.size === 0) {
    throw new ClientError('invalid_arguments', 'This file is empty, so it is not a Claimtrace bundle.', 'bundles.import');
  }
  return call('bundles.import', { json: await file.text() });
}
