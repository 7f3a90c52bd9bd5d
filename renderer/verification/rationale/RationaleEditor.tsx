// The reasoning behind a verdict, as rich text: paragraphs, bold and italic, lists and links. It is
// saved while the reviewer writes (after a pause, and when the editor loses the focus) as Lexical
// editor state plus its plain text, which search, exports and the rationale rule read.
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot, type EditorState, type LexicalEditor } from 'lexical';
import { type Ref, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';

import { sanitiseRichText } from '../../../core/text/rich-text.js';
import { RationaleSyncPlugin } from './plugins/RationaleSyncPlugin/RationaleSyncPlugin.js';
import { RationaleToolbarPlugin } from './plugins/RationaleToolbarPlugin/RationaleToolbarPlugin.js';
import { type RationaleDraft, SaveQueue, type SaveState } from './save-queue.js';
import { isWebAddress } from './web-address.js';

const SAVE_DELAY_MS = 700;

/** Stands for "nothing loaded yet", so the first sync always loads what the claim holds. */
const NOT_LOADED = '\u0000not-loaded';

const THEME = {
  paragraph: 'rationale-paragraph',
  link: 'rationale-link',
  list: { ul: 'rationale-list', ol: 'rationale-list rationale-list--numbered', listitem: 'rationale-list-item' },
  text: { bold: 'rationale-bold', italic: 'rationale-italic' },
};

export interface RationaleEditorHandle {
  focus: () => void;
  /** Resolves once everything typed so far has been saved (or failed to save). */
  flush: () => Promise<void>;
}

interface RationaleEditorProps {
  json: string | null;
  text: string;
  save: (draft: RationaleDraft) => Promise<void>;
  /** Hears the plain text as it is typed, before it is saved. */
  onDraftText: (text: string) => void;
  handle?: Ref<RationaleEditorHandle>;
  /** Escape hands the keyboard back to whatever opened the editor. */
  onEscape?: () => void;
}

export function RationaleEditor({ json, text, save, onDraftText, handle, onEscape }: RationaleEditorProps) {
  const [state, setState] = useState<SaveState>({ name: 'idle' });
  const editorRef = useRef<LexicalEditor | null>(null);
  const known = useRef<string | null>(NOT_LOADED);
  const knownText = useRef('');
  const saveRef = useRef(save);
  saveRef.current = save;
  const queue = useMemo(() => new SaveQueue((draft) => saveRef.current(draft), setState, SAVE_DELAY_MS), []);
  // Whatever is still waiting goes out when the panel closes or moves to another claim.
  useEffect(() => () => void queue.flush(), [queue]);

  useImperativeHandle(
    handle,
    () => ({
      focus: () => editorRef.current?.focus(),
      flush: () => queue.flush(),
    }),
    [queue],
  );

  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'claimtrace-rationale',
      nodes: [ListNode, ListItemNode, LinkNode],
      theme: THEME,
      onError: (error: Error) => console.error('The rationale editor failed:', error),
    }),
    [],
  );

  const onChange = useCallback(
    (editorState: EditorState) => {
      const plain = editorState.read(() => $getRoot().getTextContent());
      const empty = plain.trim().length === 0;
      // Saved in the form the workbench stores, so what comes back is recognised as this editor's own.
      const nextJson = empty ? null : (sanitiseRichText(JSON.stringify(editorState.toJSON())) ?? JSON.stringify(editorState.toJSON()));
      if (nextJson === known.current) return;
      known.current = nextJson;
      knownText.current = empty ? '' : plain;
      onDraftText(empty ? '' : plain);
      queue.schedule({ json: nextJson, text: empty ? '' : plain });
    },
    [queue, onDraftText],
  );

  const busy = useCallback(() => queue.hasUnsaved, [queue]);

  return (
    <div className="rationale">
      <LexicalComposer initialConfig={initialConfig}>
        <RationaleToolbarPlugin />
        <div
          className="rationale__surface"
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void queue.flush();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onEscape) {
              event.preventDefault();
              void queue.flush();
              onEscape();
            }
          }}
        >
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="rationale__editable"
                aria-label="Rationale"
                aria-multiline
                aria-placeholder="Why this verdict? What was checked, and what it showed."
                placeholder={<div className="rationale__placeholder">Why this verdict? What was checked, and what it showed.</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isWebAddress} />
        <OnChangePlugin onChange={onChange} ignoreSelectionChange />
        <EditorRefPlugin editorRef={editorRef} />
        <RationaleSyncPlugin json={json} text={text} known={known} knownText={knownText} busy={busy} />
      </LexicalComposer>
      <SaveIndicator state={state} />
    </div>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const text =
    state.name === 'pending' || state.name === 'saving'
      ? 'Saving…'
      : state.name === 'saved'
        ? 'Saved'
        : state.name === 'failed'
          ? `Not saved: ${state.message}`
          : '';
  return (
    <p className={`rationale__state rationale__state--${state.name}`} role="status">
      {text}
    </p>
  );
}
