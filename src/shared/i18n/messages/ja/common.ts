import type { Catalog } from '../../catalog';
import type { common as en } from '../en/common';

export const common = {} satisfies Catalog<typeof en>;
