export { ProcessesView } from './processes-view';
export { RunDialog, type LocalTarget } from './run-dialog';
export { filterProcesses, folderOptions, indexCatalog, type IndexedProcess, type ProcessFilter } from './catalog-filter';
export {
  fieldErrorsFrom,
  initialArgumentTexts,
  shortTypeName,
  toInputArguments,
  toLocalDateTimeText,
  type ArgumentTexts,
} from './argument-values';
export { catalogPhase, describeCatalogStatus, formatClockTime, type CatalogPhase } from './catalog-status';
