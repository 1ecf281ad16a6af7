/**
 * Builds the language server bundle the protocol tests spawn (dist/server.js), with the same
 * esbuild options as scripts/build.mjs but only this entry, so that a colleague's unfinished
 * entry point cannot stop the server's tests.
 */
import * as esbuild from 'esbuild';
import * as path from 'path';
import { ROOT } from '../support/paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { engineVersion } = require('../../scripts/engine-version.cjs') as { engineVersion: (root: string) => string };

export const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server.js');

let built: Promise<void> | undefined;

export function buildServer(): Promise<void> {
  built ??= esbuild
    .build({
      absWorkingDir: ROOT,
      entryPoints: [{ in: 'server/src/server.ts', out: 'server' }, { in: 'client/src/extension.ts', out: 'client' }],
      outdir: 'dist',
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
      sourcemap: true,
      logLevel: 'warning',
      // As scripts/build.mjs stamps it: the server's analysis cache needs an engine version.
      define: { __COMMUNIQUE_ENGINE__: JSON.stringify(engineVersion(ROOT)) },
    })
    .then(() => undefined);
  return built;
}
