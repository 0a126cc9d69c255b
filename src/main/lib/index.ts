export { createEventHub, type EventHub } from './event-hub';
