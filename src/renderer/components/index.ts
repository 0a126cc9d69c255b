export { VirtualList, type VirtualListProps } from './virtual-list';
export { nextIndex, scrollTopToReveal, visibleRange, type WindowInput } from './virtual-window';
export { Dialog } from './dialog';
export { Field, type FieldControlProps } from './field';
export { CheckLink } from './check-link';
export { checkForCode, checkFromHash, checkLinkFor, diagnosticsHref } from './check-target';
