import type { Catalog } from '../../catalog';
import type { components as en } from '../en/components';

export const components = {} satisfies Catalog<typeof en>;
