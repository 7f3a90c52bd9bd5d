import { describe, expect, it } from 'vitest';

import { inspectorKeyCommand, type InspectorKeyPress } from '../../../../renderer/claims/inspector-keys.js';

const press = (key: string, patch: Partial<InspectorKeyPress> = {}): InspectorKeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  typing: false,
  place: 'reader',
  ...patch,
});

describe('the inspector’s keys', () => {
  it('jump to the status, the verdict, the rationale and the chain from the text or the inspector', () => {
    expect(inspectorKeyCommand(press('s'))).toEqual({ kind: 'focus-status' });
    expect(inspectorKeyCommand(press('V', { place: 'inspector' }))).toEqual({ kind: 'focus-verdict' });
    expect(inspectorKeyCommand(press('r', { place: 'verification' }))).toEqual({ kind: 'focus-rationale' });
    expect(inspectorKeyCommand(press('a', { place: 'nowhere' }))).toEqual({ kind: 'focus-chain' });
  });

  it('choose verdicts with the digits from the text or the verification panel only', () => {
    expect(inspectorKeyCommand(press('3'))).toEqual({ kind: 'verdict-key', key: '3' });
    expect(inspectorKeyCommand(press('0', { place: 'verification' }))).toEqual({ kind: 'verdict-key', key: '0' });
    expect(inspectorKeyCommand(press('3', { place: 'inspector' }))).toBeNull();
    expect(inspectorKeyCommand(press('3', { place: 'nowhere' }))).toBeNull();
  });

  it('never take keys typed into a field, shortcuts with modifiers, or keys from elsewhere in the window', () => {
    expect(inspectorKeyCommand(press('s', { typing: true }))).toBeNull();
    expect(inspectorKeyCommand(press('2', { typing: true, place: 'verification' }))).toBeNull();
    expect(inspectorKeyCommand(press('s', { ctrlKey: true }))).toBeNull();
    expect(inspectorKeyCommand(press('v', { metaKey: true }))).toBeNull();
    expect(inspectorKeyCommand(press('a', { altKey: true }))).toBeNull();
    expect(inspectorKeyCommand(press('S', { shiftKey: true }))).toBeNull();
    expect(inspectorKeyCommand(press('s', { place: 'elsewhere' }))).toBeNull();
    expect(inspectorKeyCommand(press('c'))).toBeNull();
    expect(inspectorKeyCommand(press('j'))).toBeNull();
  });
});
