// Brings in a rationale saved elsewhere (another window, a merged bundle) while the reviewer is not
// writing here; text being typed is never replaced under the cursor.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import { loadRationale } from '../../load-rationale.js';

interface RationaleSyncPluginProps {
  json: string | null;
  text: string;
  /** The JSON this editor last loaded or saved; equal to `json` when nothing new arrived. */
  known: { current: string | null };
  /** The plain text of what the editor holds, for rationales stored without editor state. */
  knownText: { current: string };
  busy: () => boolean;
}

export function RationaleSyncPlugin({ json, text, known, knownText, busy }: RationaleSyncPluginProps) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if ((json === known.current && text === knownText.current) || busy()) return;
    const root = editor.getRootElement();
    if (root && root.contains(document.activeElement)) return;
    known.current = json;
    knownText.current = text;
    loadRationale(editor, json, text);
  }, [editor, json, text, known, knownText, busy]);
  return null;
}
