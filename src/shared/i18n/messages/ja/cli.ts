import type { Catalog } from '../../catalog';
import type { cli as en } from '../en/cli';

export const cli = {} satisfies Catalog<typeof en>;
