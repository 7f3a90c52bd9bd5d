// Run as a child process by the several-writers test: makes sources, claims and edits through the
// app's own service, as the desktop app or the CLI would, and reports how many writes failed.
import { createDispatch } from '../../../../core/api/dispatch.js';
import { createService } from '../../../../db/service.js';
import { openWorkbench } from '../../../../db/workbench.js';

const [file, label, documentId, countArg] = process.argv.slice(2);
if (!file || !label || !documentId) throw new Error('usage: concurrent-writer <workbench file> <label> <document id> [writes]');
const writes = Number(countArg ?? 40);

const workbench = openWorkbench(file);
const dispatch = createDispatch(createService(workbench, { emit: () => {} }));
const failures: string[] = [];

async function write(method: string, args: unknown): Promise<unknown> {
  const result = await dispatch(method, args);
  if (!result.ok) failures.push(`${method}: ${result.error.message}`);
  return result.ok ? result.value : null;
}

for (let i = 0; i < writes; i += 1) {
  // Each write reads before it writes (the document's text, the source names), as the real ones do.
  await write('sources.create', { name: `${label} outlet ${i}`, kind: 'newspaper' });
  const claim = (await write('claims.create', { documentId, start: i % 20, end: 30 + (i % 20) })) as { id: string } | null;
  if (claim) await write('claims.update', { id: claim.id, patch: { statement: `Checked by ${label}`, tags: [label] } });
}
workbench.close();
process.stdout.write(`${JSON.stringify({ failures })}\n`);
