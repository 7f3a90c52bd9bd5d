// The ways in, as buttons: a split button for toolbars and a row of buttons for empty states.
import { useRef, useState } from 'react';

import { dispatch } from '../commands/app-commands.js';
import { ContextMenu, menuBelow, type MenuPosition } from '../components/ContextMenu.js';
import { Icon } from '../components/Icon.js';
import { useImportActions } from './import-context.js';

export function ImportSplitButton() {
  const { chooseFiles, chooseFolder, pasteText, readOnly } = useImportActions();
  const moreRef = useRef<HTMLButtonElement>(null);
  const [menu, setMenu] = useState<MenuPosition | null>(null);
  // A read-only workbench takes nothing in; the status bar says why.
  if (readOnly) return null;
  return (
    <div className="split-button">
      <button type="button" className="button button--small split-button__main" onClick={chooseFiles} title="Import files (Ctrl+I)">
        <Icon name="import" size={14} />
        Import…
      </button>
      <button
        ref={moreRef}
        type="button"
        className="button button--small split-button__more"
        aria-label="More ways to import"
        aria-haspopup="menu"
        aria-expanded={menu !== null}
        onClick={() => setMenu(menu ? null : moreRef.current ? menuBelow(moreRef.current) : null)}
      >
        <Icon name="chevronDown" size={13} />
      </button>
      {menu ? (
        <ContextMenu
          label="Import"
          position={menu}
          onClose={() => setMenu(null)}
          anchor={moreRef.current}
          items={[
            { label: 'Import files…', icon: 'import', onSelect: chooseFiles },
            { label: 'Import folder…', icon: 'folder', onSelect: chooseFolder },
            { label: 'Paste text…', icon: 'paste', onSelect: pasteText },
            { label: 'Import bundle…', icon: 'workbench', onSelect: () => dispatch('import-bundle') },
          ]}
        />
      ) : null}
    </div>
  );
}

export function ImportButtonRow() {
  const { chooseFiles, chooseFolder, pasteText, readOnly } = useImportActions();
  if (readOnly) return <p className="import-read-only">This workbench is read-only, so no documents can be added to it.</p>;
  return (
    <>
      <button type="button" className="button button--primary" onClick={chooseFiles}>
        <Icon name="import" size={15} />
        Import…
      </button>
      <button type="button" className="button" onClick={chooseFolder}>
        Import folder…
      </button>
      <button type="button" className="button" onClick={pasteText}>
        Paste text…
      </button>
    </>
  );
}
