export { RunsView } from './runs-view';
