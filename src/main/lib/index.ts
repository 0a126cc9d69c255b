export { createEventHub, type EventHub } from './event-hub';
export { createEmitter, type Emitter } from './emitter';
export { createDisposables, type Disposable, type Disposables } from './disposables';
export { asciiJson, asciiOnly } from './ascii-json';
