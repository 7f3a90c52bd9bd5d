import { useCallback, useState } from 'react';

/** A pane width the user chose, remembered on this machine across launches. */
export function usePaneWidth(storageKey: string, limits: { initial: number; min: number; max: number }) {
  const [width, setWidth] = useState(() => {
    const stored = Number(readStored(storageKey) ?? Number.NaN);
    return Number.isFinite(stored) && stored >= limits.min && stored <= limits.max ? stored : limits.initial;
  });
  const update = useCallback(
    (next: number) => {
      setWidth(next);
      writeStored(storageKey, String(next));
    },
    [storageKey],
  );
  return [width, update] as const;
}

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Without storage the width simply resets at the next launch.
  }
}
