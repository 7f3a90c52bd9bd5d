// The reviewer's notes on a claim: a small rich-text editor (bold, italic, lists, links) whose
// state is saved as Lexical JSON with its plain text beside it for search. Links are recorded,
// never opened. The editor keeps its own undo while it has the focus.
import { AutoLinkNode, LinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListItemNode, ListNode } from '@lexical/list';
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createParagraphNode, $getRoot, $setSelection, type EditorState, FORMAT_TEXT_COMMAND } from 'lexical';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';

import { isSafeLinkUrl as isSafeLink, sanitiseRichText } from '../../core/text/rich-text.js';
import { Icon } from '../components/Icon.js';

const NOTES_THEME = {
  paragraph: 'notes__paragraph',
  list: { ul: 'notes__list', ol: 'notes__list notes__list--ordered', listitem: 'notes__item' },
  link: 'notes__link',
  text: { bold: 'notes__bold', italic: 'notes__italic' },
};

const PAUSE_MS = 1000;
/** Marks notes put in from outside (an undo), which are not the reviewer's typing and are not saved again. */
const EXTERNAL_TAG = 'claimtrace-notes-external';

interface NotesEditorProps {
  claimId: string;
  notesJson: string | null;
  /** Called with each visit's key, so one visit's saves are undone together. */
  onSave: (notesJson: string, notesText: string, session: string) => void;
  error?: string | undefined;
}

export function NotesEditor({ claimId, notesJson, onSave, error }: NotesEditorProps) {
  const id = useId();
  const initialConfig: InitialConfigType = {
    namespace: `claimtrace-notes-${claimId}`,
    nodes: [ListNode, ListItemNode, LinkNode, AutoLinkNode],
    theme: NOTES_THEME,
    // Notes written before rich text was checked, or merged from a bundle, load as the editor's own formats.
    editorState: (notesJson && sanitiseRichText(notesJson)) ?? undefined,
    onError: (problem: Error) => console.error('The notes editor failed:', problem),
  };
  return (
    <div className="claim-field">
      <span className="claim-field__label" id={`${id}-label`}>
        Notes
      </span>
      <LexicalComposer initialConfig={initialConfig}>
        <div className={error ? 'notes is-invalid' : 'notes'}>
          <NotesToolbar />
          <RichTextPlugin
            contentEditable={
              <div className="notes__body">
                <ContentEditable
                  className="notes__content"
                  aria-labelledby={`${id}-label`}
                  aria-placeholder="Leads, doubts, who to call…"
                  placeholder={<p className="notes__placeholder">Leads, doubts, who to call…</p>}
                />
              </div>
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <HistoryPlugin />
          <ListPlugin />
          <LinkPlugin validateUrl={isSafeLink} />
          <NotesSync notesJson={notesJson} onSave={onSave} />
        </div>
      </LexicalComposer>
      {error ? <p className="claim-field__error">{error}</p> : null}
    </div>
  );
}

function NotesToolbar() {
  const [editor] = useLexicalComposerContext();
  const [linking, setLinking] = useState(false);
  const [url, setUrl] = useState('https://');
  const valid = isSafeLink(url);

  const applyLink = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    setLinking(false);
    editor.focus();
  };

  // Toolbar buttons must not take the focus (and the selection) away from the text.
  const keep = (event: { preventDefault: () => void }) => event.preventDefault();
  return (
    <div className="notes__toolbar" role="toolbar" aria-label="Notes formatting">
      <button
        type="button"
        className="notes__tool notes__tool--bold"
        aria-label="Bold"
        title="Bold (Ctrl+B)"
        onMouseDown={keep}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        B
      </button>
      <button
        type="button"
        className="notes__tool notes__tool--italic"
        aria-label="Italic"
        title="Italic (Ctrl+I)"
        onMouseDown={keep}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        I
      </button>
      <button
        type="button"
        className="notes__tool"
        aria-label="Bulleted list"
        title="Bulleted list"
        onMouseDown={keep}
        onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
      >
        <Icon name="listBullet" size={15} />
      </button>
      <button
        type="button"
        className="notes__tool"
        aria-label="Numbered list"
        title="Numbered list"
        onMouseDown={keep}
        onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
      >
        <Icon name="listNumber" size={15} />
      </button>
      <button
        type="button"
        className="notes__tool"
        aria-label="Link"
        title="Link the selected words (kept as text, never opened)"
        aria-expanded={linking}
        onMouseDown={keep}
        onClick={() => setLinking((open) => !open)}
      >
        <Icon name="link" size={15} />
      </button>
      {linking ? (
        <form className="notes__link-form" onSubmit={applyLink}>
          <input
            className="text-input text-input--compact"
            aria-label="Link address"
            value={url}
            autoFocus
            onChange={(event) => setUrl(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                setLinking(false);
                editor.focus();
              }
            }}
            aria-invalid={valid ? undefined : true}
          />
          <button type="submit" className="button button--small" disabled={!valid}>
            Link
          </button>
          <button
            type="button"
            className="text-button"
            onClick={() => {
              editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
              setLinking(false);
            }}
          >
            Remove link
          </button>
        </form>
      ) : null}
    </div>
  );
}

/** Saves after a pause and on leaving, and takes in notes changed elsewhere (undo) while unfocused. */
function NotesSync({ notesJson, onSave }: { notesJson: string | null; onSave: NotesEditorProps['onSave'] }) {
  const [editor] = useLexicalComposerContext();
  const known = useRef(notesJson);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<EditorState | null>(null);
  const session = useRef(0);
  const save = useRef(onSave);
  save.current = onSave;

  const flush = useRef(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const state = pending.current;
    pending.current = null;
    if (!state) return;
    // Saved in the form the workbench stores, so what comes back is recognised as this editor's own.
    const json = sanitiseRichText(JSON.stringify(state.toJSON())) ?? JSON.stringify(state.toJSON());
    if (json === known.current) return;
    known.current = json;
    const text = state.read(() => $getRoot().getTextContent());
    save.current(json, text, `${session.current}`);
  });

  useEffect(() => {
    const root = editor.getRootElement();
    const onFocus = () => session.current++;
    const onBlur = () => flush.current();
    root?.addEventListener('focus', onFocus);
    root?.addEventListener('blur', onBlur);
    const flushNow = flush.current;
    return () => {
      root?.removeEventListener('focus', onFocus);
      root?.removeEventListener('blur', onBlur);
      flushNow();
    };
  }, [editor]);

  useEffect(() => {
    if (notesJson === known.current) return;
    const root = editor.getRootElement();
    if (root && root.contains(document.activeElement)) return;
    known.current = notesJson;
    // No selection comes along: putting one back would pull the focus into the notes.
    const clean = notesJson ? sanitiseRichText(notesJson) : null;
    if (clean) {
      const state = editor.parseEditorState(clean);
      editor.setEditorState(state, { tag: EXTERNAL_TAG });
    } else {
      editor.update(
        () => {
          $getRoot().clear().append($createParagraphNode());
          $setSelection(null);
        },
        { tag: EXTERNAL_TAG },
      );
    }
  }, [editor, notesJson]);

  return (
    <OnChangePlugin
      ignoreSelectionChange
      ignoreHistoryMergeTagChange
      onChange={(state, _editor, tags) => {
        if (tags.has(EXTERNAL_TAG) || !editor.getRootElement()?.contains(document.activeElement)) return;
        pending.current = state;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => flush.current(), PAUSE_MS);
      }}
    />
  );
}
