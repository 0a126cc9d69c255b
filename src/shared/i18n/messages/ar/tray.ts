import type { Catalog } from '../../catalog';
import type { tray as en } from '../en/tray';

export const tray = {} satisfies Catalog<typeof en>;
