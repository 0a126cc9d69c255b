import type { Catalog } from '../../catalog';
import type { robot as en } from '../en/robot';

export const robot = {} satisfies Catalog<typeof en>;
