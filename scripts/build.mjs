// Bundles the client, the language server and the CLI into dist/ with esbuild.
// `vscode` stays external (the editor provides it); everything else is bundled, so the .vsix and the
// npm bins need no node_modules at run time.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';

const { engineVersion } = createRequire(import.meta.url)('./engine-version.cjs');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { in: 'client/src/extension.ts', out: 'client' },
  { in: 'server/src/server.ts', out: 'server' },
  { in: 'server/src/cli.ts', out: 'cli' },
].filter((e) => fs.existsSync(path.join(root, e.in)));

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
  // The engine version (scripts/engine-version.cjs): claims files and the analysis cache carry it.
  // A watching build would keep the version of its first build while the sources change under
  // it: it has none ('unbuilt'), and then the CLI and the server use no analysis cache.
  define: { __COMMUNIQUE_ENGINE__: JSON.stringify(watch ? 'unbuilt' : engineVersion(root)) },
};
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('watching', entries.map((e) => e.in).join(', '));
} else {
  await esbuild.build(options);
  console.log(`built ${entries.map((e) => `dist/${e.out}.js`).join(', ')}`);
}
