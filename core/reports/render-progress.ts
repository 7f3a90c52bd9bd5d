// A long report is rendered claim by claim; a renderer told how far it has got lets the window
// move a real progress bar instead of sitting at 0 % until the whole file appears.

export interface RenderOptions {
  /** Called after each claim is rendered, with the number rendered so far. */
  onProgress?: (claimsDone: number) => void;
}

/** A function to call once per rendered claim; does nothing when nobody listens. */
export function claimCounter(onProgress: RenderOptions['onProgress']): () => void {
  if (!onProgress) return () => {};
  let done = 0;
  return () => onProgress((done += 1));
}
