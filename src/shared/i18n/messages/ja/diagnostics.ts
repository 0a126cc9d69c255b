import type { Catalog } from '../../catalog';
import type { diagnostics as en } from '../en/diagnostics';

export const diagnostics = {} satisfies Catalog<typeof en>;
