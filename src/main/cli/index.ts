export { runCli, createProgram } from './run-cli';
export { main, createProcessContext } from './main';
export { EXIT_CODE_BY_ERROR, EXIT_FAILED, EXIT_OK, EXIT_USAGE, exitCodeFor } from './exit-codes';
export type { CliContext, WebHostHandle, WebHostStarter } from './cli-context';
export type { CliOutput } from './output';
