import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDispatch } from '../../../core/api/dispatch.js';
import { asReviewer } from '../../../db/reviewer-context.js';
import { createService } from '../../../db/service.js';
import { openWorkbench, type Workbench } from '../../../db/workbench.js';
import { type AppServer, startAppServer } from '../../../server/app-server.js';
import { postJson, request } from '../../support/http.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temp = makeTempDir();
let workbench: Workbench;
let server: AppServer;
let base: string;

beforeAll(async () => {
  const staticDir = temp.file('static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Claimtrace</title>');
  fs.writeFileSync(temp.file('secret.txt'), 'outside the static folder');
  workbench = openWorkbench(temp.file('server.claimtrace'), { create: true });
  const dispatch = createDispatch(createService(workbench), { remote: true });
  server = await startAppServer({ dispatch, staticDir, port: 0, maxBodyBytes: 64 * 1024 });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server.close();
  workbench.close();
  temp.remove();
});

describe('browser host API', () => {
  it('answers a method call with its result', async () => {
    const res = await postJson(`${base}/api/workbench.info`, {});
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.ok).toBe(true);
    expect(body.value.path).toBe(workbench.path);
    expect(body.value.schemaVersion).toBeGreaterThan(0);
  });

  it('accepts an empty body as no arguments', async () => {
    const res = await request(`${base}/api/sources.list`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(res.json().value.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(['TASS', 'Sputnik', 'Fars', 'AFP', 'Reuters']),
    );
  });

  it('answers invalid arguments with 400 and a message naming the field', async () => {
    const res = await postJson(`${base}/api/documents.list`, { limit: 'lots' });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(res.json().error.message).toContain('limit');
  });

  it('answers malformed JSON with 400', async () => {
    const res = await request(`${base}/api/documents.list`, { method: 'POST', body: '{"limit":' });
    expect(res.status).toBe(400);
    expect(res.json().error.message).toMatch(/not valid JSON/);
  });

  it('answers a path that is not valid percent-encoding with 400, not 500', async () => {
    const res = await postJson(`${base}/api/documents.%E0%A4%A`, {});
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments', message: 'The API path is not valid percent-encoding.' },
    });
  });

  it('answers names made only of invisible characters with 400 and no SQL in the message', async () => {
    for (const name of ['\u0000\u0000', ' \u0000 ', '\u200b']) {
      const res = await postJson(`${base}/api/sources.create`, { name, kind: 'newspaper' });
      expect(res.status).toBe(400);
      expect(res.json().error.message).not.toMatch(/constraint|SQLITE|CHECK/iu);
    }
  });

  it('answers an unknown method with 404', async () => {
    const res = await postJson(`${base}/api/documents.explode`, {});
    expect(res.status).toBe(404);
    expect(res.json().error.code).toBe('unknown_method');
  });

  it('lists the methods with their argument JSON Schemas', async () => {
    const res = await request(`${base}/api`);
    expect(res.status).toBe(200);
    const methods = res.json().methods as { name: string; arguments: { type?: string } }[];
    const list = methods.find((m) => m.name === 'documents.list');
    expect(list?.arguments.type).toBe('object');
    expect(methods.map((m) => m.name)).toContain('settings.update');
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await postJson(`${base}/api/settings.update`, { reviewerName: 'x'.repeat(100 * 1024) });
    expect(res.status).toBe(413);
    expect(res.json().error.code).toBe('too_large');
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const res = await postJson(`${base}/api/workbench.info`, {}, { host: `evil.example:${server.port}` });
    expect(res.status).toBe(403);
  });

  it('refuses a cross-site request', async () => {
    const res = await postJson(`${base}/api/settings.update`, { reviewerName: 'Mallory' }, { origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    const settings = await postJson(`${base}/api/settings.get`, {});
    expect(settings.json().value.reviewerName).not.toBe('Mallory');
  });

  it('accepts a same-origin request that names localhost', async () => {
    const res = await postJson(
      `${base}/api/settings.get`,
      {},
      { host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` },
    );
    expect(res.status).toBe(200);
  });

  it('serves the app with a strict content security policy', async () => {
    const res = await request(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-eval');
  });

  it('never serves a file outside the app folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await request(`${base}${attempt}`);
      expect(res.body).not.toContain('outside the static folder');
    }
  });
});

describe('errors inside handlers', () => {
  it('become a 500 with a plain message and no stack', async () => {
    const handlers = createService(workbench);
    const broken = {
      ...handlers,
      'workbench.info': () => {
        throw new Error('disk on fire\n    at secretFunction (/src/db/service.ts:10:5)');
      },
    };
    const local = await startAppServer({ dispatch: createDispatch(broken), staticDir: temp.dir, port: 0 });
    try {
      const res = await postJson(`http://127.0.0.1:${local.port}/api/workbench.info`, {});
      expect(res.status).toBe(500);
      expect(res.json().error.message).toContain('disk on fire');
      expect(res.body).not.toContain('secretFunction');
      expect(res.body).not.toContain('service.ts');
    } finally {
      await local.close();
    }
  });
});

describe('binding and tokens', () => {
  it('refuses to serve beyond loopback without a token', async () => {
    const dispatch = createDispatch(createService(workbench));
    await expect(startAppServer({ dispatch, staticDir: temp.dir, host: '0.0.0.0', port: 0 })).rejects.toThrow(/--token/);
  });

  it('asks for the token when one is set', async () => {
    const dispatch = createDispatch(createService(workbench));
    const guarded = await startAppServer({ dispatch, staticDir: temp.dir, port: 0, token: 's3cret-token' });
    try {
      const url = `http://127.0.0.1:${guarded.port}/api/workbench.info`;
      expect((await postJson(url, {})).status).toBe(401);
      expect((await postJson(url, {}, { authorization: 'Bearer wrong-token!' })).status).toBe(401);
      expect((await postJson(url, {}, { authorization: 'Bearer s3cret-token' })).status).toBe(200);
      expect(guarded.url).toContain('token=s3cret-token');
      // The token is never taken from an address, where logs and history would keep it.
      expect((await postJson(`${url}?token=s3cret-token`, {})).status).toBe(401);
    } finally {
      await guarded.close();
    }
  });

  it('opens the event stream with a one-time ticket, never with the token in its address', async () => {
    const dispatch = createDispatch(createService(workbench));
    const guarded = await startAppServer({ dispatch, staticDir: temp.dir, port: 0, token: 's3cret-token' });
    const origin = `http://127.0.0.1:${guarded.port}`;
    try {
      expect((await postJson(`${origin}/api/events/ticket`, {})).status).toBe(401);
      const { ticket } = (await postJson(`${origin}/api/events/ticket`, {}, { authorization: 'Bearer s3cret-token' })).json().value;
      expect(ticket).toMatch(/^[\w-]{20,}$/u);
      const opened = await new Promise<number>((resolve) => {
        const req = http.get(`${origin}/api/events?ticket=${ticket}`, (res) => {
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
      });
      expect(opened).toBe(200);
      // Used once, the ticket opens nothing more; the token in the address opens nothing at all.
      expect((await request(`${origin}/api/events?ticket=${ticket}`)).status).toBe(401);
      expect((await request(`${origin}/api/events?token=s3cret-token`)).status).toBe(401);
    } finally {
      await guarded.close();
    }
  });
});

describe('a desk whose reviewers sign in with tokens of their own', () => {
  it('records each change under the reviewer who made it, whatever the settings name', async () => {
    const dispatch = createDispatch(createService(workbench));
    const desk = await startAppServer({
      dispatch,
      staticDir: temp.dir,
      port: 0,
      reviewers: [
        { name: 'Ana Ruiz', token: 'ana-token-0123456789' },
        { name: 'Ben Okafor', token: 'ben-token-0123456789' },
      ],
      runAsReviewer: asReviewer,
    });
    const api = (method: string, body: unknown, token: string) =>
      postJson(`http://127.0.0.1:${desk.port}/api/${method}`, body, { authorization: `Bearer ${token}` });
    try {
      expect((await postJson(`http://127.0.0.1:${desk.port}/api/workbench.info`, {})).status).toBe(401);
      // Ben sets the shared settings name to Ana's: it changes nothing about who Ben is.
      expect((await api('settings.update', { reviewerName: 'Ana Ruiz' }, 'ben-token-0123456789')).status).toBe(200);
      const imported = (
        await api('documents.importText', { text: 'The convoy was stopped at the border, the ministry said.' }, 'ana-token-0123456789')
      ).json();
      const documentId = imported.value.document.id;
      const claim = (await api('claims.create', { documentId, start: 4, end: 10 }, 'ana-token-0123456789')).json().value;
      expect((await api('claims.update', { id: claim.id, patch: { statement: 'Edited by Ben' } }, 'ben-token-0123456789')).status).toBe(
        200,
      );
      const history = (await api('history.forClaim', { claimId: claim.id }, 'ana-token-0123456789')).json().value as {
        actor: string;
        action: string;
      }[];
      expect(history.map((line) => line.actor).sort()).toEqual(['Ana Ruiz', 'Ben Okafor']);
    } finally {
      await desk.close();
    }
  });
});

describe('requests that would tie the host up', () => {
  /** Sends headers and part of a body, then stalls; resolves with the status, or 0 if the host hangs up. */
  function stalledRequest(url: string, declared: number, sent: number): { answered: Promise<number>; abort(): void } {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(declared) } });
    const answered = new Promise<number>((resolve) => {
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => resolve(0));
      req.on('close', () => resolve(0));
    });
    req.write('x'.repeat(sent));
    return { answered, abort: () => req.destroy() };
  }

  it('cuts off a request whose body stops arriving', async () => {
    const dispatch = createDispatch(createService(workbench));
    const quick = await startAppServer({ dispatch, staticDir: temp.dir, port: 0, requestTimeoutMs: 300 });
    try {
      const slow = stalledRequest(`http://127.0.0.1:${quick.port}/api/workbench.info`, 1000, 10);
      const outcome = await Promise.race([
        slow.answered.then((status) => `ended (${status})`),
        new Promise((resolve) => setTimeout(() => resolve('still open'), 5000)),
      ]);
      slow.abort();
      expect(outcome).not.toBe('still open');
    } finally {
      await quick.close();
    }
  });

  it('refuses a body that would take what is being read at once past its limit', async () => {
    const dispatch = createDispatch(createService(workbench));
    const small = await startAppServer({ dispatch, staticDir: temp.dir, port: 0, maxBodyBytes: 1000, maxBodyBytesInFlight: 1500 });
    const url = `http://127.0.0.1:${small.port}/api/workbench.info`;
    try {
      const first = stalledRequest(url, 900, 900 - 1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const second = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"pad":"${'x'.repeat(800)}"}`,
      });
      expect(second.status).toBe(503);
      expect(second.json().error.message).toBe('The host is receiving too much at once; try again in a moment.');
      first.abort();
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Once the first one is gone, the same request is read again.
      expect(
        (await request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"pad":"${'x'.repeat(800)}"}` }))
          .status,
      ).toBe(400);
    } finally {
      await small.close();
    }
  });
});
