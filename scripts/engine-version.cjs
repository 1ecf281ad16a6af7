// The engine version: the package version and a digest of every source the analysis of a document
// depends on (the core with its data, the CLI's reading of files, its claims format and its
// analysis cache). A claims file records it and a claims file of another engine is refused
// (server/src/cli/claims.ts); it is part of every analysis cache key (server/src/cli/cache.ts).
// Line ends are normalized, so one commit gives one version on every machine. Used by
// scripts/build.mjs and by the protocol tests' build of the server (test/protocol/build.ts).
'use strict';
const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');

function engineVersion(root) {
  const files = [];
  const walk = (rel) => {
    const abs = path.join(root, rel);
    if (fs.statSync(abs).isFile()) return files.push(rel);
    for (const name of fs.readdirSync(abs).sort()) walk(path.posix.join(rel, name));
  };
  for (const rel of ['server/src/core', 'server/src/cli', 'server/src/cli.ts', 'server/src/io']) if (fs.existsSync(path.join(root, rel))) walk(rel);
  const hash = createHash('sha256');
  for (const rel of files.filter((f) => /\.(ts|json)$/.test(f))) {
    hash.update(`${rel}\0${fs.readFileSync(path.join(root, rel), 'utf8').replace(/\r\n?/g, '\n')}\0`);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return `${pkg.version}+${hash.digest('hex').slice(0, 12)}`;
}

module.exports = { engineVersion };
