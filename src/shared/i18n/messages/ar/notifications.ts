import type { Catalog } from '../../catalog';
import type { notifications as en } from '../en/notifications';

export const notifications = {} satisfies Catalog<typeof en>;
