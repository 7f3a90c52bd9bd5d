// Attribution detection: propose who each claim in a document is attributed to.
export { commenterHop } from './commenter-hop.js';
export { detectAttributions } from './detect-attributions.js';
export type { DetectOptions, Hop, RegistrySource, Suggestion, TextSpan } from './types.js';
