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
    expect(errors).toEqual([expect.stringContaining("may not import 'electron'")]);
  });

  it('rejects a core service that imports a host', async () => {
    const errors = await layeringErrors(
      'src/main/runs/run-service.ts',
      "import { startWebHost } from '../web';\nexport const x = startWebHost;\n",
    );
    expect(errors).toEqual([expect.stringContaining('may not import src/main/web/index.ts')]);
  });

  it("rejects reaching into another domain's files instead of its index", async () => {
    const bad = await layeringErrors('src/main/runs/run-service.ts', "import { x } from '../auth/auth-service';\nexport const y = x;\n");
    const good = await layeringErrors('src/main/runs/run-service.ts', "import { x } from '../auth';\nexport const y = x;\n");
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
    expect(errors).toEqual([expect.stringContaining('imports nothing of the project')]);
  });

  it('lets the Electron host import electron and the core', async () => {
    const errors = await layeringErrors(
      'src/main/electron/windows/window.ts',
      "import { BrowserWindow } from 'electron';\nimport { createCore } from '../compose';\nexport const x = [BrowserWindow, createCore];\n",
    );
    expect(errors).toEqual([]);
  });

  // One rejected import per rule of the LAYERS table (eslint-rules/layering.js), each with the
  // hole it closes: before the table, each of these passed.
  const rejects = async (file: string, code: string, reason: string) => {
    const errors = await layeringErrors(file, `${code}\nexport const z = 1;\n`);
    expect(errors, `${file}: ${code}`).toEqual([expect.stringContaining(reason)]);
  };

  it('rejects a domain importing the composition root or the entry point (no longer taken for a domain index)', async () => {
    await rejects(
      'src/main/runs/run-service.ts',
      "import { createCore } from '../compose';",
      'never electron, a host, an adapter, the composition root',
    );
    await rejects('src/main/runs/run-service.ts', "import '../index';", 'the entry point');
  });

  it('rejects the electron family outside the Electron host and adapter, not only the literal electron', async () => {
    await rejects('src/main/runs/run-service.ts', "import Store from 'electron-store';", 'never electron');
    await rejects('src/main/catalog/catalog-service.ts', "import { autoUpdater } from 'electron-updater';", 'never electron');
    await rejects('src/main/web/server.ts', "import { autoUpdater } from 'electron-updater';", 'only src/main/electron imports electron');
    await rejects('src/main/platform/node/index.ts', "import { safeStorage } from 'electron';", 'electron only in platform/electron');
    expect(
      await layeringErrors(
        'src/main/platform/electron/vault.ts',
        "import { safeStorage } from 'electron';\nexport const x = safeStorage;\n",
      ),
    ).toEqual([]);
  });

  it("rejects a host reaching into a domain's inner file", async () => {
    await rejects('src/main/cli/run-commands.ts', "import { createRunService } from '../runs/run-service';", 'public face');
    expect(
      await layeringErrors(
        'src/main/cli/run-commands.ts',
        "import { createRunService } from '../runs';\nexport const x = createRunService;\n",
      ),
    ).toEqual([]);
  });

  it('rejects compose.ts importing electron or an adapter (the exemption for src/main/index.ts no longer covers it)', async () => {
    await rejects('src/main/compose.ts', "import { app } from 'electron';", 'The composition root');
    await rejects('src/main/compose.ts', "import { createNodePlatform } from './platform/node';", 'The composition root');
    expect(
      await layeringErrors(
        'src/main/index.ts',
        "import { app } from 'electron';\nimport { startDesktopApp } from './electron';\nexport const x = [app, startDesktopApp];\n",
      ),
    ).toEqual([]);
  });

  it('rejects the preload importing electron modules beyond contextBridge and ipcRenderer (types are fine)', async () => {
    await rejects('src/preload/index.ts', "import { shell } from 'electron';", 'only contextBridge and ipcRenderer');
    await rejects('src/preload/index.ts', "import { contextBridge, webFrame } from 'electron';", 'only contextBridge and ipcRenderer');
    expect(
      await layeringErrors(
        'src/preload/index.ts',
        "import type { IpcRendererEvent } from 'electron';\nimport { contextBridge, ipcRenderer } from 'electron';\nexport const x = [contextBridge, ipcRenderer];\n",
      ),
    ).toEqual([]);
  });

  it('rejects the keychain binding anywhere but the Node adapter', async () => {
    await rejects(
      'src/main/auth/credential-store.ts',
      "import { AsyncEntry } from '@napi-rs/keyring';",
      "may not import '@napi-rs/keyring'",
    );
    await rejects(
      'src/main/platform/electron/vault.ts',
      "import { AsyncEntry } from '@napi-rs/keyring';",
      'the keychain binding only in platform/node',
    );
    expect(
      await layeringErrors(
        'src/main/platform/node/keyring-vault.ts',
        "import { AsyncEntry } from '@napi-rs/keyring';\nexport const x = AsyncEntry;\n",
      ),
    ).toEqual([]);
  });

  it('rejects one host importing another, except the CLI starting the web host', async () => {
    await rejects('src/main/web/server.ts', "import { runCli } from '../cli';", 'no host imports another host');
    await rejects('src/main/electron/app.ts', "import { startWebHost } from '../web';", 'no host imports another host');
    expect(
      await layeringErrors('src/main/cli/main.ts', "import { startWebHost } from '../web';\nexport const x = startWebHost;\n"),
    ).toEqual([]);
  });

  it('rejects the ports, lib, the bridge and the sandbox reaching above their layer', async () => {
    await rejects('src/main/platform/types.ts', "import { createNodePlatform } from './node';", 'The platform ports');
    await rejects('src/main/lib/event-hub.ts', "import { createRunService } from '../runs';", 'src/main/lib sits below the domains');
    await rejects('src/robot-bridge/server.ts', "import { createCore } from '../main/compose';", 'imports only src/shared');
    await rejects('src/sandbox/cli.ts', "import { createCore } from '../main/compose';", 'imports only src/shared and the robot bridge');
    await rejects('src/main/version.ts', "import { createCore } from './compose';", 'version.ts is a leaf');
  });
});
