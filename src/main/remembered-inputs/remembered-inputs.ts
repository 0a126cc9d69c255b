import { z } from 'zod';
import type { Catalog, Process } from '../../shared/contract/catalog';
import type { RememberedInputs } from '../../shared/contract/inputs';
import type { SettingsStore } from '../platform';

export const REMEMBERED_INPUTS_KEY = 'rememberedInputs';
/** Processes remembered per profile; the least recently used are forgotten past this. */
export const MAX_REMEMBERED_PROCESSES = 200;

// profile id → process id → argument name → value. Stored with the profile's other settings.
const storedSchema = z.record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown())));
type Stored = z.infer<typeof storedSchema>;

export interface RememberedInputsService {
  get(processId: string): Promise<RememberedInputs>;
  remember(processId: string, values: Record<string, unknown>): Promise<RememberedInputs>;
  forget(processId: string): Promise<RememberedInputs>;
  /** Forgets every profile's values (a removed profile's, or "Reset Baton"). */
  forgetProfile(profileId: string): void;
}

/**
 * The last inputs a person gave each process, so the run form opens with them. The renderer is
 * not trusted to leave secrets out: the process's own argument schema decides, here, which
 * values may be kept, and only arguments the process still takes are.
 */
export function createRememberedInputs(deps: {
  settings: SettingsStore;
  catalog: { peek(): Catalog; findProcess(processId: string): Promise<Process> };
}): RememberedInputsService {
  const read = (): Stored => deps.settings.read(REMEMBERED_INPUTS_KEY, storedSchema) ?? {};
  const profileId = () => deps.catalog.peek().profileId;

  return {
    async get(processId) {
      const profile = profileId();
      const values = profile ? (read()[profile]?.[processId] ?? {}) : {};
      return { processId, values };
    },
    async remember(processId, values) {
      const profile = profileId();
      if (!profile) return { processId, values: {} };
      const process = await deps.catalog.findProcess(processId);
      const kept: Record<string, unknown> = {};
      for (const arg of process.inputArguments) {
        if (!arg.isSensitive && Object.hasOwn(values, arg.name)) kept[arg.name] = values[arg.name];
      }
      const stored = read();
      const { [processId]: _previous, ...others } = stored[profile] ?? {};
      // Re-inserted last: object key order is the use order, so the oldest go first past the limit.
      const entries = Object.entries({ ...others, [processId]: kept }).slice(-MAX_REMEMBERED_PROCESSES);
      deps.settings.set(REMEMBERED_INPUTS_KEY, { ...stored, [profile]: Object.fromEntries(entries) });
      return { processId, values: kept };
    },
    async forget(processId) {
      const profile = profileId();
      const stored = read();
      if (profile && stored[profile]?.[processId]) {
        const { [processId]: _forgotten, ...others } = stored[profile];
        deps.settings.set(REMEMBERED_INPUTS_KEY, { ...stored, [profile]: others });
      }
      return { processId, values: {} };
    },
    forgetProfile(profile) {
      const { [profile]: _forgotten, ...others } = read();
      deps.settings.set(REMEMBERED_INPUTS_KEY, others);
    },
  };
}
