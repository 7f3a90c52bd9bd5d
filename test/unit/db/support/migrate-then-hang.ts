// Run as a child process by the crash test: starts upgrading a workbench to a version past the
// newest whose migration never finishes, so the test can kill it half-way.
import { type Migration, MIGRATIONS } from '../../../../db/migrations/index.js';
import { openWorkbench } from '../../../../db/workbench.js';

const file = process.argv[2];
if (!file) throw new Error('usage: migrate-then-hang <workbench file>');

const endless: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'endless',
  sql: `ALTER TABLE documents ADD COLUMN summary TEXT;
        UPDATE documents SET summary = title;`,
  seed: () => {
    process.stdout.write('migrating\n');
    for (;;) {
      // Stands for a long migration step; the test kills the process here.
    }
  },
};

openWorkbench(file, { migrations: [...MIGRATIONS, endless] });
