// Saving a rationale while the reviewer types: the latest text waits a moment, then goes out; saves
// never overlap, so an older text can never land after a newer one; and `flush` lets a status
// change wait for the words just typed before asking the server.

export type SaveState =
  { name: 'idle' } | { name: 'pending' } | { name: 'saving' } | { name: 'saved' } | { name: 'failed'; message: string };

export interface RationaleDraft {
  json: string | null;
  text: string;
}

export class SaveQueue {
  private waiting: RationaleDraft | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private inFlight = 0;

  constructor(
    private readonly save: (draft: RationaleDraft) => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    private readonly delayMs: number,
  ) {}

  /** Keeps the latest draft and saves it once the reviewer pauses. */
  schedule(draft: RationaleDraft): void {
    this.waiting = draft;
    this.onState({ name: 'pending' });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** True while a draft waits or is on its way to the workbench. */
  get hasUnsaved(): boolean {
    return this.waiting !== null || this.inFlight > 0;
  }

  /** Saves the waiting draft now; resolves when every save asked for so far has finished. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const draft = this.waiting;
    if (draft) {
      this.waiting = null;
      this.inFlight += 1;
      this.running = this.running.then(async () => {
        this.onState({ name: 'saving' });
        try {
          await this.save(draft);
          if (this.waiting === null) this.onState({ name: 'saved' });
        } catch (error) {
          this.onState({ name: 'failed', message: error instanceof Error ? error.message : String(error) });
        } finally {
          this.inFlight -= 1;
        }
      });
    }
    return this.running;
  }
}
