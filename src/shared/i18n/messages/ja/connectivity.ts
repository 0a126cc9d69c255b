import type { Catalog } from '../../catalog';
import type { connectivity as en } from '../en/connectivity';

export const connectivity = {} satisfies Catalog<typeof en>;
