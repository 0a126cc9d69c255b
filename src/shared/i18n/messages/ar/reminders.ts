import type { Catalog } from '../../catalog';
import type { reminders as en } from '../en/reminders';

export const reminders = {} satisfies Catalog<typeof en>;
