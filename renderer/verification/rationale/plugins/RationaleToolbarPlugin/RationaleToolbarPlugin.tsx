// The rationale's formatting bar: bold, italic, bulleted and numbered lists, and links. Buttons show
// what applies where the cursor is, so the reviewer sees the state as well as changes it.
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND } from 'lexical';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';

import { toWebAddress } from '../../web-address.js';

interface Formats {
  bold: boolean;
  italic: boolean;
  list: 'bullet' | 'number' | null;
  link: boolean;
}

const NONE: Formats = { bold: false, italic: false, list: null, link: false };

export function RationaleToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>(NONE);
  const [linking, setLinking] = useState(false);
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState<string | null>(null);
  const addressRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const anchor = selection.anchor.getNode();
            const list = $getNearestNodeOfType(anchor, ListNode);
            const parent = anchor.getParent();
            setFormats({
              bold: selection.hasFormat('bold'),
              italic: selection.hasFormat('italic'),
              list: $isListNode(list) ? (list.getListType() === 'number' ? 'number' : 'bullet') : null,
              link: $isLinkNode(anchor) || $isLinkNode(parent),
            });
          });
        }),
      ),
    [editor],
  );

  useEffect(() => {
    if (linking) addressRef.current?.focus();
  }, [linking]);

  const toggleList = (type: 'bullet' | 'number') => {
    if (formats.list === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
  };

  const onLink = () => {
    if (formats.link) {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      return;
    }
    setAddress('');
    setAddressError(null);
    setLinking(true);
  };

  const applyLink = (event: FormEvent) => {
    event.preventDefault();
    const url = toWebAddress(address);
    if (!url) {
      setAddressError('Enter a web address starting with http:// or https://');
      return;
    }
    setLinking(false);
    editor.focus(() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, url));
  };

  return (
    <div className="rationale__toolbar-area">
      <div className="rationale__toolbar" role="toolbar" aria-label="Rationale formatting">
        <ToolbarButton
          label="Bold"
          shortcut="Ctrl+B"
          active={formats.bold}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
        >
          <b>B</b>
        </ToolbarButton>
        <ToolbarButton
          label="Italic"
          shortcut="Ctrl+I"
          active={formats.italic}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
        >
          <i>I</i>
        </ToolbarButton>
        <span className="rationale__toolbar-divider" aria-hidden="true" />
        <ToolbarButton label="Bulleted list" active={formats.list === 'bullet'} onClick={() => toggleList('bullet')}>
          <ListGlyph numbered={false} />
        </ToolbarButton>
        <ToolbarButton label="Numbered list" active={formats.list === 'number'} onClick={() => toggleList('number')}>
          <ListGlyph numbered />
        </ToolbarButton>
        <span className="rationale__toolbar-divider" aria-hidden="true" />
        <ToolbarButton label={formats.link ? 'Remove link' : 'Link'} active={formats.link} onClick={onLink}>
          <LinkGlyph />
        </ToolbarButton>
      </div>
      {linking ? (
        <form className="rationale__link-form" onSubmit={applyLink}>
          <input
            ref={addressRef}
            className="text-input text-input--compact"
            aria-label="Link address"
            placeholder="https://…"
            value={address}
            aria-invalid={addressError ? true : undefined}
            aria-describedby={addressError ? errorId : undefined}
            onChange={(event) => setAddress(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                setLinking(false);
                editor.focus();
              }
            }}
          />
          <button type="submit" className="button button--small">
            Add link
          </button>
          <button type="button" className="text-button" onClick={() => setLinking(false)}>
            Cancel
          </button>
          {addressError ? (
            <p className="vfield__error" id={errorId}>
              {addressError}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}

interface ToolbarButtonProps {
  label: string;
  shortcut?: string;
  active: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolbarButton({ label, shortcut, active, onClick, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={`rationale__tool${active ? ' is-active' : ''}`}
      aria-label={label}
      aria-pressed={active}
      title={shortcut ? `${label} (${shortcut})` : label}
      // Keeps the text selection in the editor while the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

function ListGlyph({ numbered }: { numbered: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
    >
      <path d="M6.5 4h7M6.5 8h7M6.5 12h7" />
      {numbered ? (
        <path d="M2.5 2.8v2.4M2 10.5h1.6l-1.6 2h1.6" strokeWidth="1.1" />
      ) : (
        <>
          <circle cx="3" cy="4" r="0.9" fill="currentColor" stroke="none" />
          <circle cx="3" cy="8" r="0.9" fill="currentColor" stroke="none" />
          <circle cx="3" cy="12" r="0.9" fill="currentColor" stroke="none" />
        </>
      )}
    </svg>
  );
}

function LinkGlyph() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
    >
      <path d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.3-2.3a2.6 2.6 0 0 0-3.7-3.7l-.9.9" />
      <path d="M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.2 9.1a2.6 2.6 0 0 0 3.7 3.7l.9-.9" />
    </svg>
  );
}
