import { describe, expect, it } from 'vitest';

import { allowedHostHeaders, checkRequestOrigin, isLoopbackHost, tokenMatches } from '../../../server/security.js';

describe('request origin checks', () => {
  const allowed = allowedHostHeaders('127.0.0.1', 4750);

  it('knows the loopback names', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('127.4.5.6')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('192.168.1.10')).toBe(false);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
  });

  it('accepts its own host with or without a same-origin Origin', () => {
    expect(checkRequestOrigin({ host: '127.0.0.1:4750' }, allowed)).toBeNull();
    expect(checkRequestOrigin({ host: 'localhost:4750', origin: 'http://localhost:4750' }, allowed)).toBeNull();
  });

  it('refuses other hosts, ports and origins', () => {
    expect(checkRequestOrigin({ host: 'attacker.example:4750' }, allowed)).not.toBeNull();
    expect(checkRequestOrigin({ host: '127.0.0.1:9999' }, allowed)).not.toBeNull();
    expect(checkRequestOrigin({}, allowed)).not.toBeNull();
    expect(checkRequestOrigin({ host: '127.0.0.1:4750', origin: 'http://attacker.example' }, allowed)).not.toBeNull();
    expect(checkRequestOrigin({ host: '127.0.0.1:4750', origin: 'null' }, allowed)).not.toBeNull();
    expect(checkRequestOrigin({ host: '127.0.0.1:4750', origin: 'https://127.0.0.1:4750' }, allowed)).not.toBeNull();
  });

  it('answers to a LAN address only on that address', () => {
    const lan = allowedHostHeaders('192.168.1.10', 4750);
    expect(checkRequestOrigin({ host: '192.168.1.10:4750' }, lan)).toBeNull();
    expect(checkRequestOrigin({ host: 'localhost:4750' }, lan)).not.toBeNull();
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches(null, 'abc')).toBe(false);
  });
});
