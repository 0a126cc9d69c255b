import type { Catalog } from '../../catalog';
import type { jobs as en } from '../en/jobs';

export const jobs = {} satisfies Catalog<typeof en>;
