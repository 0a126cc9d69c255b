export { ProcessesView } from './processes-view';
