// Bulk imports announce every new document. Refreshing the library once per announcement would
// queue hundreds of identical requests; this runs the refresh at most once at a time, and once
// more afterwards if anything was announced meanwhile.

export function coalesce(task: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let wantedAgain = false;
  const trigger = (): Promise<void> => {
    if (running) {
      wantedAgain = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          wantedAgain = false;
          await task().catch(() => undefined);
        } while (wantedAgain);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  return trigger;
}
