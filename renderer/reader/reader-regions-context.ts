import { createContext, useContext } from 'react';

/**
 * What a region's divider shows and does — the page furniture above the article, the reader
 * comments below it. The reader owns the state; the dividers are decorator nodes inside the editor.
 */
export interface ReaderRegionState {
  collapsed: boolean;
  toggle: () => void;
  /** Removes the boundary: the region's text becomes part of the article. */
  clear: () => void;
  /** How many paragraphs the region has. */
  paragraphs: number;
  /** How many non-empty lines it has, which says more than paragraphs for a menu. */
  lines: number;
}

export interface ReaderRegions {
  furniture: ReaderRegionState | null;
  comments: ReaderRegionState | null;
}

export const ReaderRegionsContext = createContext<ReaderRegions>({ furniture: null, comments: null });

export function useReaderRegions(): ReaderRegions {
  return useContext(ReaderRegionsContext);
}
