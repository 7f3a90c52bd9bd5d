import { describe, expect, it } from 'vitest';

import { createCommandBus } from '../../../../renderer/commands/command-bus.js';

interface TestCommands {
  'open-thing': { id: string };
  ping: undefined;
}

describe('the command bus', () => {
  it('gives every handler of a command its payload, in the order they registered', () => {
    const bus = createCommandBus<TestCommands>();
    const heard: string[] = [];
    bus.register('open-thing', ({ id }) => heard.push(`first ${id}`));
    bus.register('open-thing', ({ id }) => heard.push(`second ${id}`));
    bus.register('ping', () => heard.push('ping'));

    expect(bus.dispatch('open-thing', { id: 'a7' })).toBe(2);
    expect(heard).toEqual(['first a7', 'second a7']);
  });

  it('stops calling a handler once it is removed, and says when nobody heard', () => {
    const bus = createCommandBus<TestCommands>();
    let pings = 0;
    const stop = bus.register('ping', () => (pings += 1));
    expect(bus.dispatch('ping')).toBe(1);
    stop();
    expect(bus.dispatch('ping')).toBe(0);
    expect(pings).toBe(1);
  });

  it('delivers synchronously, so a command sent from a click acts within that click', () => {
    const bus = createCommandBus<TestCommands>();
    let opened: string | null = null;
    bus.register('open-thing', ({ id }) => (opened = id));
    bus.dispatch('open-thing', { id: 'now' });
    expect(opened).toBe('now');
  });

  it('lets a handler remove itself while the command is being delivered', () => {
    const bus = createCommandBus<TestCommands>();
    const heard: string[] = [];
    const stop = bus.register('ping', () => {
      heard.push('once');
      stop();
    });
    bus.register('ping', () => heard.push('always'));
    bus.dispatch('ping');
    bus.dispatch('ping');
    expect(heard).toEqual(['once', 'always', 'always']);
  });
});
