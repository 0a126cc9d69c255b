import type { Catalog } from '../../catalog';
import type { serviceErrors as en } from '../en/service-errors';

export const serviceErrors = {} satisfies Catalog<typeof en>;
