import type { Catalog } from '../../catalog';
import type { processes as en } from '../en/processes';

export const processes = {} satisfies Catalog<typeof en>;
