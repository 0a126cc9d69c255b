export {
  createFileSettings,
  createKeyValueSettings,
  describeSetAside,
  summariseIssues,
  SETTINGS_FILE,
  type FileSettings,
} from './file-settings';
export { createFileVault, describeFileStore, SECRETS_FILE } from './file-vault';
export { createJsonFileStore, type JsonFileStore, type SetAside } from './json-file-store';
export { ensurePrivateDir, writeFileAtomic, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './owner-only';
export {
  createDailyLog,
  createFileLogger,
  logFileName,
  logFilesToPrune,
  LOG_DAYS_KEPT,
  type DailyLog,
  type DailyLogOptions,
  type LogFileSystem,
} from './daily-log';
export { openDataFiles, openKeyValueFile, type KeyValueFile, type OpenKeyValueFile } from './key-value-file';
export { checkedPath, createDataFolderFiles } from './data-folder-files';
