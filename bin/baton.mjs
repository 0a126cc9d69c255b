#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx baton` works in a checkout right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main/cli/main.ts');
await main();
