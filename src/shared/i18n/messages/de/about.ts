import type { Catalog } from '../../catalog';
import type { about as en } from '../en/about';

export const about = {} satisfies Catalog<typeof en>;
