// Shortcut names as the reviewer's keyboard shows them.
const APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export const COMMAND_KEY = APPLE ? '⌘' : 'Ctrl+';
export const UNDO_KEYS = `${COMMAND_KEY}Z`;
export const REDO_KEYS = APPLE ? '⇧⌘Z' : 'Ctrl+Shift+Z';
