export { detectArticleStart } from './article-start.js';
export { detectMetadata } from './detect-metadata.js';
export { detectLanguage, normaliseLanguageTag } from './language.js';
export type { DetectedMetadata, MetadataHints, PhotoCredit } from './types.js';
