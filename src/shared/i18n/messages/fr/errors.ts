import type { Catalog } from '../../catalog';
import type { errors as en } from '../en/errors';

export const errors = {} satisfies Catalog<typeof en>;
