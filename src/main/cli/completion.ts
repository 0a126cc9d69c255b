import type { Command } from 'commander';
import { z } from 'zod';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { CliContext } from './cli-context';
import { helpWords } from './help-words';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

/** One command of the tree: its words from the top (`['profile', 'add']`), its subcommands and options. */
interface CompletionNode {
  path: string[];
  description: string;
  subcommands: string[];
  options: { flag: string; description: string }[];
}

/**
 * The command tree as commander knows it, so completion never drifts from the real commands:
 * a command added anywhere completes without a line here.
 */
export function completionTree(program: Command): CompletionNode[] {
  const nodes: CompletionNode[] = [];
  const visit = (command: Command, path: string[]) => {
    nodes.push({
      path,
      description: command.description(),
      subcommands: command.commands.map((sub) => sub.name()),
      options: command.options.flatMap((option) => (option.long ? [{ flag: option.long, description: option.description }] : [])),
    });
    for (const sub of command.commands) visit(sub, [...path, sub.name()]);
  };
  visit(program, []);
  return nodes;
}

/** Single-quoted for POSIX shells: a quote inside ends the string, adds an escaped one and starts again. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
/** Single-quoted for fish, where backslash escapes a quote or a backslash inside single quotes. */
const fishQuote = (text: string) => `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;

/** bash: the words that may follow each command path; the path is the command words typed so far. */
function bashScript(nodes: CompletionNode[]): string {
  const global = nodes.find((node) => node.path.length === 0)!.options.map((option) => option.flag);
  const cases = nodes
    .map((node) => {
      const words = new Set([...node.subcommands, ...node.options.map((option) => option.flag), ...global]);
      return `    ${quote(node.path.join(' '))}) words=${quote([...words].join(' '))} ;;`;
    })
    .join('\n');
  return `# baton completion for bash: source this file, or add \`source <(baton completion bash)\` to ~/.bashrc
_baton_completion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" word words i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ "$word" == -* ]] && continue
    case "\${path:+$path }$word" in
      ${nodes
        .filter((node) => node.path.length > 0)
        .map((node) => quote(node.path.join(' ')))
        .join('|')}) path="\${path:+$path }$word" ;;
    esac
  done
  case "$path" in
${cases}
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _baton_completion baton
`;
}

/** zsh runs the bash function through bashcompinit, which ships with zsh. */
function zshScript(nodes: CompletionNode[]): string {
  return `# baton completion for zsh: add \`source <(baton completion zsh)\` to ~/.zshrc
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashScript(nodes).split('\n').slice(1).join('\n')}`;
}

function fishScript(nodes: CompletionNode[]): string {
  const lines = ['# baton completion for fish: baton completion fish > ~/.config/fish/completions/baton.fish', 'complete -c baton -f'];
  for (const node of nodes) {
    // At the top: no command word yet. Below: exactly this path typed, and none of its subcommands yet.
    const condition =
      node.path.length === 0
        ? '__fish_use_subcommand'
        : `__fish_seen_subcommand_from ${node.path.at(-1)}${node.subcommands.length > 0 ? `; and not __fish_seen_subcommand_from ${node.subcommands.join(' ')}` : ''}`;
    for (const sub of node.subcommands) {
      const child = nodes.find((candidate) => candidate.path.join(' ') === [...node.path, sub].join(' '));
      lines.push(`complete -c baton -n ${fishQuote(condition)} -a ${fishQuote(sub)} -d ${fishQuote(child?.description ?? '')}`);
    }
    for (const option of node.options)
      lines.push(
        `complete -c baton -n ${fishQuote(node.path.length === 0 ? 'true' : condition)} -l ${option.flag.replace(/^--/, '')} -d ${fishQuote(option.description)}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell, program: Command): string {
  const nodes = completionTree(program);
  return shell === 'bash' ? bashScript(nodes) : shell === 'zsh' ? zshScript(nodes) : fishScript(nodes);
}

/** `baton completion bash|zsh|fish`: prints the shell's completion script on stdout. */
export function addCompletionCommand(program: Command, context: CliContext): void {
  const h = helpWords(context.t);
  program
    .command('completion')
    .description(h('completion'))
    .argument('<shell>', h('shellArgument', { shells: SHELLS.join(', ') }))
    .action((shell: string) => {
      const parsed = z.enum(SHELLS).safeParse(shell);
      if (!parsed.success)
        throw BatonError.said('VALIDATION', said('cli.noCompletion', { shell }), {
          hint: said('cli.chooseShell', { shells: SHELLS.join(', ') }),
        });
      context.output.out(completionScript(parsed.data, program));
    });
}
