import type { Catalog } from '../../catalog';
import type { preferences as en } from '../en/preferences';

export const preferences = {} satisfies Catalog<typeof en>;
