import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './create-preload-api';
import { systemLanguagesFrom } from '../shared/ipc-protocol';
import { BATON_GLOBAL } from './global-name';

// Only the facade's plain functions cross into the page; ipcRenderer itself never does. The OS's
// languages come from the host as an argument (a sandboxed preload has `process.argv`, not `app`).
contextBridge.exposeInMainWorld(BATON_GLOBAL, { ...createPreloadApi(ipcRenderer), systemLanguages: systemLanguagesFrom(process.argv) });
