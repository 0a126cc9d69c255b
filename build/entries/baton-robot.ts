// Entry of the bundled `baton-robot` bridge shipped inside the app (scripts/build-cli.mjs).
import { main } from '../../src/robot-bridge/cli';

await main();
