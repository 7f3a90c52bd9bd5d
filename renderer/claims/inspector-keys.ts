// Keys that reach the open claim's verification and chain without Tabbing through the inspector:
// S to its status, V to its verdict, R to its rationale, A to "Add hop"; and the number keys
// choose a verdict, as they do in the review queue. Letters and digits typed into a field are the
// reviewer's words, never commands; digits act only from the text or the verification itself, so
// a keypress elsewhere in the inspector never changes a verdict by surprise.

export type InspectorKeyCommand =
  | { kind: 'focus-status' }
  | { kind: 'focus-verdict' }
  | { kind: 'focus-rationale' }
  | { kind: 'focus-chain' }
  | { kind: 'verdict-key'; key: string };

/** Where the focus is: in the reader pane, the verification panel, elsewhere in the inspector, nowhere, or anywhere else. */
export type KeyPlace = 'reader' | 'verification' | 'inspector' | 'nowhere' | 'elsewhere';

export interface InspectorKeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** The focus is in a field, an editable area, a dialog or a menu, which keep their keys. */
  typing: boolean;
  place: KeyPlace;
}

export function inspectorKeyCommand(press: InspectorKeyPress): InspectorKeyCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.typing || press.place === 'elsewhere') return null;
  if (/^[0-9]$/.test(press.key)) {
    return press.place === 'reader' || press.place === 'verification' ? { kind: 'verdict-key', key: press.key } : null;
  }
  if (press.shiftKey) return null;
  switch (press.key.toLowerCase()) {
    case 's':
      return { kind: 'focus-status' };
    case 'v':
      return { kind: 'focus-verdict' };
    case 'r':
      return { kind: 'focus-rationale' };
    case 'a':
      return { kind: 'focus-chain' };
  }
  return null;
}
