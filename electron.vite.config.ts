import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// main/preload: owned by the Electron host; renderer: owned by the renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Dependencies stay in node_modules (electron-store, openid-client, ws, ...); only our code is bundled.
      externalizeDeps: true,
      // robot-bridge: the bridge Baton starts itself (src/robot-bridge/child.ts), next to index.js where
      // src/main/robot/bridge-launcher.ts looks for it; Electron runs it in a utility process.
      rollupOptions: { input: { index: resolve('src/main/index.ts'), 'robot-bridge': resolve('src/robot-bridge/child.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only `electron`: zod and the contract must be bundled in.
      externalizeDeps: false,
      // Sandboxed preloads must be CommonJS.
      rollupOptions: { input: { index: resolve('src/preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // The renderer's initial JS has a budget (DESIGN.md §8); electron-vite does not minify by default.
      minify: true,
      sourcemap: false,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  },
});
