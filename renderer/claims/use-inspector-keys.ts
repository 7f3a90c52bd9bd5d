// Listens for the inspector's keys (see inspector-keys.ts) while a claim is shown in it, and
// carries them out: the verification panel takes its own through the `verify-claim` command, the
// chain's "Add hop" is focused here.
import { type RefObject, useEffect, useRef } from 'react';

import { dispatch } from '../commands/app-commands.js';
import { inspectorKeyCommand, type KeyPlace } from './inspector-keys.js';
import { isTypingTarget } from './keyboard-target.js';

function keyPlace(target: EventTarget | null): KeyPlace {
  if (!(target instanceof Element) || target === document.body || target === document.documentElement) return 'nowhere';
  if (target.closest('.inspector .verification')) return 'verification';
  if (target.closest('.inspector')) return 'inspector';
  if (target.closest('.reader')) return 'reader';
  return 'elsewhere';
}

export function useInspectorKeys(claimId: string, inspector: RefObject<HTMLElement | null>): void {
  const latest = useRef(claimId);
  latest.current = claimId;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const command = inspectorKeyCommand({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        typing: isTypingTarget(event.target),
        place: keyPlace(event.target),
      });
      if (!command) return;
      if (command.kind === 'focus-chain') {
        const chain = inspector.current?.querySelector('.chain');
        // While a hop's source is being chosen, "Add hop" waits: the choice is where to go.
        const add = chain?.querySelector<HTMLButtonElement>('.chain__add');
        const target = add && !add.disabled ? add : chain?.querySelector<HTMLElement>('[role="combobox"]');
        if (!target) return;
        event.preventDefault();
        target.focus();
        return;
      }
      event.preventDefault();
      dispatch('verify-claim', {
        claimId: latest.current,
        action: command.kind === 'verdict-key' ? { kind: 'verdict-key', key: command.key } : { kind: command.kind },
      });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [inspector]);
}
