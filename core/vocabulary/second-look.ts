// What each kind of claim needing a second look means, in a sentence: the hint of the review
// queue's filter and of the dashboard's count are the same words.
export const REVISED_HINT = 'Claims whose words a later version of their article reworded, took out or moved';
export const ORPHANED_HINT = "Claims whose words are no longer in their document's text";
export const FLAGGED_CHAIN_HINT = 'Claims whose chain ends in an unnamed source or names nobody';
