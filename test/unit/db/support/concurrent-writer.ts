// Run as a child process by the two-writers test: imports documents and edits claims through the
// app's own service, as the desktop app or the CLI would, and reports how many writes failed.
import { createDispatch } from '../../../../core/api/dispatch.js';
import { createService } from '../../../../db/service.js';
import { openWorkbench } from '../../../../db/workbench.js';

const [file, label, countArg] = process.argv.slice(2);
if (!file || !label) throw new Error('usage: concurrent-writer <workbench file> <label> [writes]');
const writes = Number(countArg ?? 60);

const workbench = openWorkbench(file);
const dispatch = createDispatch(createService(workbench, { emit: () => {} }));
const failures: string[] = [];

async function write(method: string, args: unknown): Promise<unknown> {
  const result = await dispatch(method, args);
  if (!result.ok) failures.push(`${method}: ${result.error.message}`);
  return result.ok ? result.value : null;
}

for (let i = 0; i < writes; i += 1) {
  const text = `Report ${label}-${i}: the ministry said the convoy was delayed at the border crossing near the river.`;
  const outcome = (await write('documents.importText', { text, title: `${label} ${i}` })) as { document?: { id: string } } | null;
  const documentId = outcome?.document?.id;
  if (!documentId) continue;
  const claim = (await write('claims.create', { documentId, start: 0, end: 20 })) as { id: string } | null;
  if (claim) await write('claims.update', { id: claim.id, patch: { statement: `Checked by ${label}`, tags: [label] } });
}
workbench.close();
process.stdout.write(`${JSON.stringify({ failures })}\n`);
