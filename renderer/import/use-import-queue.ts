// Imports files one after another. Each file is read, encoded and sent while the window stays
// responsive (every step is awaited), and a cancel takes effect once the file in hand is done.
import { useCallback, useRef, useState } from 'react';

import type { ImportOutcome } from '../../core/domain.js';
import { formatFileSize } from '../../core/text/file-size.js';
import { asClientError, call } from '../api-client.js';
import { encodeBase64, nextTask } from './base64.js';
import { addFiles, beginFile, finishRun, type ImportRun, isActive, recordOutcome, requestCancel, startRun } from './import-run.js';
import { MAX_IMPORT_FILE_BYTES } from './importable-files.js';
import type { CollectedFiles, PendingFile } from './pending-file.js';

export interface ImportQueue {
  /** The run in progress or the summary of the last one; null once the summary is dismissed. */
  run: ImportRun | null;
  enqueue: (collected: CollectedFiles) => void;
  cancel: () => void;
  dismiss: () => void;
}

export function useImportQueue(onFinished: (run: ImportRun) => void): ImportQueue {
  const [run, setRun] = useState<ImportRun | null>(null);
  const current = useRef<ImportRun | null>(null);
  const queue = useRef<PendingFile[]>([]);
  const working = useRef(false);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const update = useCallback((next: ImportRun) => {
    current.current = next;
    setRun(next);
  }, []);

  const work = useCallback(async () => {
    working.current = true;
    try {
      for (let next = queue.current.shift(); next; next = queue.current.shift()) {
        if (current.current?.state !== 'running') break;
        update(beginFile(current.current, next.path));
        const outcome = await importOne(next);
        update(recordOutcome(current.current!, next.path, outcome));
      }
      queue.current = [];
      const done = finishRun(current.current!);
      update(done);
      finished.current(done);
    } finally {
      working.current = false;
    }
  }, [update]);

  const enqueue = useCallback(
    ({ files, skipped }: CollectedFiles) => {
      const base = current.current && isActive(current.current) ? current.current : startRun();
      update(addFiles(base, files.length, skipped));
      queue.current.push(...files);
      if (!working.current) void work();
    },
    [update, work],
  );

  const cancel = useCallback(() => {
    if (current.current) update(requestCancel(current.current));
  }, [update]);

  const dismiss = useCallback(() => {
    if (current.current && isActive(current.current)) return;
    current.current = null;
    setRun(null);
  }, []);

  return { run, enqueue, cancel, dismiss };
}

async function importOne({ file, path }: PendingFile): Promise<ImportOutcome> {
  const failed = (error: string): ImportOutcome => ({ status: 'failed', file: path, error });
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    return failed(`${path} is ${formatFileSize(file.size)}; files larger than ${formatFileSize(MAX_IMPORT_FILE_BYTES)} are not imported.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return failed(`${path} could not be read; it may have been moved or deleted.`);
  }
  try {
    const dataBase64 = await encodeBase64(bytes, { pause: nextTask });
    return await call('documents.importFile', { name: path, dataBase64 });
  } catch (error) {
    return failed(asClientError(error).message);
  }
}
