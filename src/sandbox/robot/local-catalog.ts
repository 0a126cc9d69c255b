import type { ArgumentType } from '../../shared/robot-protocol';
import type { SimulatedCatalog } from '../../robot-bridge';
import { PROCESS_CATALOG, type ProcessTemplate } from '../seed';

/** Orchestrator processes of the seed that the sandbox robot also has, so "Local" is offered for them. */
export const LOCAL_PROCESS_NAMES = ['Hello World', 'Daily Health Check', 'Send Status Email', 'Always Faults Demo'] as const;

/** The release's ProcessKey (package id) as the seed derives it; the robot uses the same key. */
export function localProcessKey(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
}

function argumentType(dotNetType: string): ArgumentType {
  const name = dotNetType.split(',')[0] ?? '';
  if (name.endsWith('[]')) return 'array';
  if (name === 'System.Int32' || name === 'System.Int64') return 'integer';
  if (name === 'System.Decimal' || name === 'System.Double') return 'number';
  if (name === 'System.Boolean') return 'boolean';
  if (name === 'System.DateTime') return 'datetime';
  return 'string';
}

function toSimulated(template: ProcessTemplate): SimulatedCatalog['processes'][number] {
  const probe = template.outcome?.({}) ?? { state: 'Successful' as const, output: {} };
  const isFaulted = probe.state === 'Faulted';
  return {
    key: localProcessKey(template.name),
    name: template.name,
    version: template.version,
    description: template.description,
    inputArguments: template.inputs.map((input) => ({
      name: input.name,
      type: argumentType(input.type),
      required: input.required,
      hasDefault: input.hasDefault,
    })),
    durationMs: 3000,
    steps: [
      { at: 0, log: `Starting ${template.name} on this machine` },
      { at: 1000, progress: 'Working' },
      { at: 2000, log: isFaulted ? 'Something went wrong' : 'Almost done', level: isFaulted ? 'error' : 'info' },
    ],
    outcome: isFaulted ? 'faulted' : 'successful',
    ...(isFaulted ? { error: { code: 'PROCESS_FAULTED', message: probe.info ?? 'The process faulted.' } } : {}),
    ...(probe.state === 'Successful' ? { outputArguments: probe.output } : {}),
  };
}

export function createLocalCatalog(): SimulatedCatalog {
  return {
    concurrentJobs: false,
    processes: PROCESS_CATALOG.filter((template) => (LOCAL_PROCESS_NAMES as readonly string[]).includes(template.name)).map(toSimulated),
  };
}
