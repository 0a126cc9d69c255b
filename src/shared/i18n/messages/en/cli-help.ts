/** The CLI's --help: commands, arguments and options (src/main/cli). */
export const cliHelp = {} as const;
