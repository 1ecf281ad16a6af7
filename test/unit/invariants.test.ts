import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/paths';

/**
 * ARCHITECTURE.md's first invariant, checked: nothing under server/src/core imports the editor,
 * the LSP libraries or Node's I/O modules, or reads the process's environment.
 */
const CORE = path.join(ROOT, 'server', 'src', 'core');
const FORBIDDEN_MODULES = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*|fs|fs\/promises|path|os|child_process|net|http|https|url|worker_threads|node:.*)$/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('invariants', () => {
  const sources = files(CORE);

  it('finds the core sources', () => assert.ok(sources.length > 20, `${sources.length} files`));

  it('keeps the core pure: no editor, LSP or I/O modules, no process state', () => {
    const offences: string[] = [];
    for (const f of sources) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) {
        if (FORBIDDEN_MODULES.test(m[1])) offences.push(`${path.relative(ROOT, f)} imports ${m[1]}`);
      }
      if (/\bprocess\.(env|argv|cwd|stdout|stderr|exit)\b/.test(text)) offences.push(`${path.relative(ROOT, f)} uses process state`);
    }
    assert.deepStrictEqual(offences, []);
  });

  it('keeps the adapters out of each other: the core never imports from lsp/ or cli/', () => {
    const offences = sources.filter((f) => /from\s+['"][./]*\.\.\/(lsp|cli)\//.test(fs.readFileSync(f, 'utf8')));
    assert.deepStrictEqual(offences.map((f) => path.relative(ROOT, f)), []);
  });
});
