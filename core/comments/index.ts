export { detectCommentsStart } from './detect-comments-start.js';
