// Files and folders dragged from the desktop can be dropped anywhere on the window. Only drags
// that carry files are taken; text dragged inside the app is left to whatever handles it.
import { useEffect, useRef, useState } from 'react';

import { collectDroppedFiles } from './dropped-files.js';
import type { CollectedFiles } from './pending-file.js';

export function useWindowFileDrop(onFiles: (collected: CollectedFiles) => void, onError: (message: string) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const handlers = useRef({ onFiles, onError });
  handlers.current = { onFiles, onError };

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; counting them tells when the drag
    // has really left the window.
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0 || event.relatedTarget === null) {
        depth = 0;
        setDragging(false);
      }
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!event.dataTransfer || !carriesFiles(event)) return;
      event.preventDefault();
      collectDroppedFiles(event.dataTransfer).then(
        (collected) => handlers.current.onFiles(collected),
        (error: unknown) => handlers.current.onError(error instanceof Error ? error.message : String(error)),
      );
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return dragging;
}
