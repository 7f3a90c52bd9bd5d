import { createContext, useContext } from 'react';

/** What the comment divider shows and does; the reader owns the state. */
export interface CommentsRegionState {
  collapsed: boolean;
  toggle: () => void;
  /** Removes the boundary: the whole text is the article. */
  clear: () => void;
  /** How many paragraphs the thread has, for the label. */
  paragraphs: number;
}

export const CommentsRegionContext = createContext<CommentsRegionState | null>(null);

export function useCommentsRegion(): CommentsRegionState | null {
  return useContext(CommentsRegionContext);
}
