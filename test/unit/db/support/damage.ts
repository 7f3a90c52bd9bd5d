import fs from 'node:fs';

import Database from 'better-sqlite3';

/** Overwrites part of a page that holds rows of `table`, the way a failing disk might. */
export function damageTablePage(file: string, table: string): void {
  const db = new Database(file);
  const page = db.prepare(`SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1`).get(table) as {
    pageno: number;
  };
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (page.pageno - 1) * pageSize + 8);
  fs.closeSync(fd);
}
