export * from './api';
export * from './errors';
export * from './model';
export * from './dispatch';
export { noParams } from './contract/params';
