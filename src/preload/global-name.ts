/** The property of `window` the preload fills with the BatonApi. */
export const BATON_GLOBAL = 'baton';
