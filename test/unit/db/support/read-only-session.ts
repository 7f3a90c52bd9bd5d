// Run as a child process by the read-only workbench test, as a user who may not write the file or
// its folder: opens it as the app does, reads, exports and tries a change, and reports what happened.
import { createDispatch } from '../../../../core/api/dispatch.js';
import { createService } from '../../../../db/service.js';
import { openWorkbenchForApp } from '../../../../db/workbench.js';

const file = process.argv[2];
if (!file) throw new Error('usage: read-only-session <workbench file>');
const workbench = openWorkbenchForApp(file, { create: true });
const dispatch = createDispatch(createService(workbench, { emit: () => {} }));
const info = await dispatch('workbench.info', {});
const exported = await dispatch('exports.render', { scope: { kind: 'workbench' }, format: 'csv' });
const list = await dispatch('documents.list', {});
const change = await dispatch('settings.update', { reviewerName: 'Someone' });
const imported = await dispatch('documents.importText', {
  text: 'Pilots refuse night shifts\n\nThe harbour pilots said the radar was broken.',
});
workbench.close();
process.stdout.write(`${JSON.stringify({ info, exported: exported.ok, listed: list.ok, change, imported })}\n`);
