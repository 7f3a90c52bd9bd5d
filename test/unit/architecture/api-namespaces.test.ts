// One namespace, one contract file, one handler file: `claims.x` is declared in core/api/claims.ts
// and answered in a single file of db/handlers, so whoever looks for a method finds it in one place.
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { methodNames } from '../../../core/api/index.js';
import type { HandlerContext } from '../../../db/handlers/context.js';

const root = path.resolve(__dirname, '../../..');
const namespaceOf = (method: string) => method.slice(0, method.indexOf('.'));
const namespaces = [...new Set(methodNames.map(namespaceOf))];
const methodsIn = (namespace: string) => methodNames.filter((method) => namespaceOf(method) === namespace).sort();

// The factories only close over the context; none of them reads it until a method is called.
const unusedContext = {} as HandlerContext;

async function handlerFiles(): Promise<{ file: string; methods: string[] }[]> {
  const dir = path.join(root, 'db/handlers');
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('-handlers.ts'));
  return Promise.all(
    files.map(async (file) => {
      const module = (await import(path.join(dir, file))) as Record<string, unknown>;
      const factories = Object.entries(module).filter(([name, value]) => name.endsWith('Handlers') && typeof value === 'function');
      const methods = factories.flatMap(([, factory]) => Object.keys((factory as (context: HandlerContext) => object)(unusedContext)));
      return { file, methods: methods.sort() };
    }),
  );
}

describe('API namespaces', () => {
  it('declares each namespace in core/api/<namespace>.ts, and nothing else there', async () => {
    for (const namespace of namespaces) {
      const module = (await import(path.join(root, 'core/api', `${namespace}.ts`))) as Record<string, object>;
      expect(Object.keys(module[`${namespace}Methods`] ?? {}).sort(), namespace).toEqual(methodsIn(namespace));
    }
  });

  it('answers each namespace in exactly one handler file, which answers no other', async () => {
    const files = await handlerFiles();
    for (const { file, methods } of files) expect(new Set(methods.map(namespaceOf)).size, file).toBe(1);
    for (const namespace of namespaces) {
      const answering = files.filter(({ methods }) => methods.some((method) => namespaceOf(method) === namespace));
      expect(
        answering.map(({ file }) => file),
        namespace,
      ).toHaveLength(1);
      expect(answering[0]!.methods, namespace).toEqual(methodsIn(namespace));
    }
  });
});
