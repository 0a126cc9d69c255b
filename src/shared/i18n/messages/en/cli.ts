/** The `baton` command's own words (src/main/cli); it speaks the language LANG names, else English. */
export const cli = {
  errorLine: 'error: {message}',
  hintLine: 'hint: {hint}',
  usageHint: 'Run `baton <command> --help` to see what the command accepts.',
  helpHint: 'Run `baton --help` for the commands and their options.',
} as const;
