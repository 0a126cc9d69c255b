import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints code as if it lived at a given path in src/, with the project's real ESLint config.
const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'baton/layering').map((message) => message.message);
}

describe('the layering lint rule', () => {
  it('rejects a core service that imports electron', async () => {
    const errors = await layeringErrors('src/main/runs/run-service.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(errors).toEqual([expect.stringContaining('never import electron')]);
  });

  it('rejects a core service that imports a host', async () => {
    const errors = await layeringErrors(
      'src/main/runs/run-service.ts',
      "import { startWebHost } from '../web';\nexport const x = startWebHost;\n",
    );
    expect(errors).toEqual([expect.stringContaining('never import a host')]);
  });

  it("rejects reaching into another domain's files instead of its index", async () => {
    const bad = await layeringErrors(
      'src/main/runs/run-service.ts',
      "import { x } from '../session/session-service';\nexport const y = x;\n",
    );
    const good = await layeringErrors('src/main/runs/run-service.ts', "import { x } from '../session';\nexport const y = x;\n");
    expect(bad).toEqual([expect.stringContaining('public face')]);
    expect(good).toEqual([]);
  });

  it('rejects the renderer importing main or a Node built-in', async () => {
    const fromMain = await layeringErrors(
      'src/renderer/app/app.tsx',
      "import { createCore } from '../../main/compose';\nexport const x = createCore;\n",
    );
    const builtin = await layeringErrors(
      'src/renderer/app/app.tsx',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    );
    expect(fromMain).toEqual([expect.stringContaining('imports only src/shared')]);
    expect(builtin).toEqual([expect.stringContaining('no Node built-ins')]);
  });

  it('rejects src/shared importing anything of the project', async () => {
    const errors = await layeringErrors(
      'src/shared/model.ts',
      "import { createCore } from '../main/compose';\nexport const x = createCore;\n",
    );
    expect(errors).toEqual([expect.stringContaining('imports nothing from the project')]);
  });

  it('lets the Electron host import electron and the core', async () => {
    const errors = await layeringErrors(
      'src/main/electron/window.ts',
      "import { BrowserWindow } from 'electron';\nimport { createCore } from '../compose';\nexport const x = [BrowserWindow, createCore];\n",
    );
    expect(errors).toEqual([]);
  });
});
