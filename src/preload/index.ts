import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './create-preload-api';
import { BATON_GLOBAL } from './global-name';

// Only the facade's plain functions cross into the page; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(BATON_GLOBAL, createPreloadApi(ipcRenderer));
