import { fileURLToPath } from 'node:url';

/** The simulated executor's default catalog: demo processes for the sandbox and `npm run robot`. */
export const DEMO_CATALOG_FILE = fileURLToPath(new URL('./catalog/demo-catalog.json', import.meta.url));
