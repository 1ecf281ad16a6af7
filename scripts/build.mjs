// Bundles the client, the language server and the CLI into dist/ with esbuild.
// `vscode` stays external (the editor provides it); everything else is bundled, so the .vsix and the
// npm bins need no node_modules at run time.
import * as esbuild from 'esbuild';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { in: 'client/src/extension.ts', out: 'client' },
  { in: 'server/src/server.ts', out: 'server' },
  { in: 'server/src/cli.ts', out: 'cli' },
].filter((e) => fs.existsSync(path.join(root, e.in)));

/**
 * The engine version: the package version and a digest of every source the analysis of a document
 * depends on (the core with its data, the CLI's reading of files and its claims format). A claims
 * file records it, and a claims file of another engine is refused (see server/src/cli/claims.ts).
 * Line ends are normalized, so one commit gives one version on every machine.
 */
function engineVersion() {
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

const watch = process.argv.includes('--watch');
const options = {
  absWorkingDir: root,
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: true,
  logLevel: 'warning',
  define: { __COMMUNIQUE_ENGINE__: JSON.stringify(engineVersion()) },
};
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('watching', entries.map((e) => e.in).join(', '));
} else {
  await esbuild.build(options);
  console.log(`built ${entries.map((e) => `dist/${e.out}.js`).join(', ')}`);
}
