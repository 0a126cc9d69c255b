export { AboutFooter } from './about-footer';
export { AboutPanel } from './about-panel';
