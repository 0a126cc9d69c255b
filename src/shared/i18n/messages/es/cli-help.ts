import type { Catalog } from '../../catalog';
import type { cliHelp as en } from '../en/cli-help';

export const cliHelp = {} satisfies Catalog<typeof en>;
