// Files travel to the workbench as base64 (the same call works over IPC and HTTP). A 20 MB file
// is encoded a slice at a time, with a pause now and then, so the window keeps responding.

// A multiple of 3, so every slice encodes to whole base64 quanta and the pieces join cleanly; and
// small enough to pass as arguments to String.fromCharCode in one call.
const SLICE_BYTES = 3 * 8192;
/** Roughly how much is encoded between two pauses. */
const BYTES_BETWEEN_PAUSES = 1024 * 1024;

export interface EncodeOptions {
  /** Lets the caller give the event loop a turn; resolves when encoding may continue. */
  pause?: () => Promise<void>;
}

export async function encodeBase64(bytes: Uint8Array, options: EncodeOptions = {}): Promise<string> {
  const pieces: string[] = [];
  let sincePause = 0;
  for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) {
    const slice = bytes.subarray(offset, offset + SLICE_BYTES);
    pieces.push(btoa(String.fromCharCode.apply(null, slice as unknown as number[])));
    sincePause += slice.length;
    if (options.pause && sincePause >= BYTES_BETWEEN_PAUSES && offset + SLICE_BYTES < bytes.length) {
      sincePause = 0;
      await options.pause();
    }
  }
  return pieces.join('');
}

/** A pause that lets input and painting happen before the next slice. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
