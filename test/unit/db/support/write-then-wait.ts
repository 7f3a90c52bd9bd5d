// Run as a child process by the crash test: commits one change, then starts a large write
// transaction and waits inside it to be killed.
import { openWorkbench } from '../../../../db/workbench.js';
import { addDocument } from './rows.js';

const file = process.argv[2];
if (!file) throw new Error('usage: write-then-wait <workbench file>');

const workbench = openWorkbench(file);
const { db } = workbench;
const committed = addDocument(db, { title: 'Committed before the crash', text: 'Saved for good.' });

db.exec('BEGIN IMMEDIATE');
db.prepare(`UPDATE documents SET title = 'Changed but never committed' WHERE id = ?`).run(committed);
// More than the page cache holds, so SQLite has to spill uncommitted pages into the log file.
const paragraph = 'Reuters reported that the convoy was stopped at the border crossing. '.repeat(1500);
for (let index = 0; index < 250; index += 1) {
  addDocument(db, { title: `Never committed ${index}`, text: `${index} ${paragraph}` });
}
process.stdout.write(`${JSON.stringify({ committed })}\n`);
setInterval(() => {}, 60_000);
