#!/usr/bin/env node
// The built CLI lives in dist/ (made by `npm install` through the prepare script, or `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const built = path.join(__dirname, '..', 'dist', 'node', 'cli.cjs');
if (!fs.existsSync(built)) {
  console.error('Claimtrace is not built yet: run `npm run build` in ' + path.dirname(__dirname) + '.');
  process.exit(2);
}
require(built);
