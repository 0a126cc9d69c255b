#!/usr/bin/env node
// The robot side of the local robot bridge, run from the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/robot-bridge/cli.ts');
await main();
