import type { Catalog } from '../../catalog';
import type { signIn as en } from '../en/sign-in';

export const signIn = {} satisfies Catalog<typeof en>;
