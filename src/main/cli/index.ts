export { runCli, createProgram } from './run-cli';
export { main } from './main';
export { createProcessContext } from './process-context';
export { EXIT_CODE_BY_ERROR, EXIT_FAILED, EXIT_OK, EXIT_USAGE, exitCodeFor } from './exit-codes';
export type { CliContext, WebHostHandle, WebHostStarter } from './cli-context';
export type { CliOutput } from './output';
