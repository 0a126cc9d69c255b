import type { Catalog } from '../../catalog';
import type { runs as en } from '../en/runs';

export const runs = {} satisfies Catalog<typeof en>;
