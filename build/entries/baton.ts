// Entry of the bundled `baton` CLI shipped inside the app (scripts/build-cli.mjs). It sits at
// lib/main/cli/ so that main.ts's packageRoot ('../../../') is the bundle's package folder.
import { main } from '../../src/main/cli/main';

await main();
