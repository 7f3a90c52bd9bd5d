import type { TextLayout } from '../../text-layout.js';

/**
 * Paragraphs after the start of the article that still offer "Article starts here" on hover: the
 * furniture a detector leaves behind sits just above the headline, and offering the button all the
 * way down would crowd every paragraph with two buttons. The context menu offers it everywhere.
 */
export const ARTICLE_START_HOVER_REACH = 6;

export interface BoundaryChoices {
  /** The article may start at this paragraph (it is not already the start and lies before the comments). */
  articleStartsHere: boolean;
  /** Close enough to the current start for the hover button. */
  nearArticleStart: boolean;
  /** There is furniture to give back to the article. */
  wholePage: boolean;
  /** The comments may start here: after the article's first paragraph and not already their start. */
  commentsStartHere: boolean;
  noComments: boolean;
}

/** Which boundary moves a paragraph offers, keeping the article start before the comments. */
export function boundaryChoices(layout: TextLayout, block: number): BoundaryChoices {
  const { firstArticleBlock, firstCommentBlock } = layout;
  const hasFurniture = firstArticleBlock > 0;
  const beforeComments = firstCommentBlock === null || block < firstCommentBlock;
  return {
    articleStartsHere: block !== firstArticleBlock && beforeComments,
    nearArticleStart: block < firstArticleBlock + ARTICLE_START_HOVER_REACH,
    wholePage: hasFurniture,
    commentsStartHere: block !== firstCommentBlock && (hasFurniture ? block > firstArticleBlock : true),
    noComments: firstCommentBlock !== null,
  };
}
