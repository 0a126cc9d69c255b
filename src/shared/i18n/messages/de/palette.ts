import type { Catalog } from '../../catalog';
import type { palette as en } from '../en/palette';

export const palette = {} satisfies Catalog<typeof en>;
