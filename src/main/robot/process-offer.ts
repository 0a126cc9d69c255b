import type { ArgumentSchema as CatalogArgument, Catalog } from '../../shared/contract/catalog';
import type { RobotStatusView } from '../../shared/contract/robot';
import type { SessionStatus } from '../../shared/model';
import {
  MAX_OFFERED_PROCESSES,
  OFFERED_PROCESSES_FEATURE,
  ROBOT_MAX_FRAME_BYTES,
  type ArgumentType,
  type OfferedProcess,
} from '../../shared/robot-protocol';
import type { Logger } from '../platform';

/**
 * Offers the robot of this machine the Orchestrator processes the person may run, when its bridge
 * runs processes by name (the `uirobot` executor): UiPath Assistant, connected to Orchestrator,
 * lists the processes of the folders its user may run, not the local feed. The catalog is what
 * the person signed in to Baton can see; signed out, the offer is withdrawn and the robot lists its
 * local feed again.
 */
export interface ProcessOfferDeps {
  robot: {
    status(): RobotStatusView;
    onChanged(listener: (status: RobotStatusView) => void): () => void;
    offerProcesses(processes: OfferedProcess[]): Promise<number>;
  };
  catalog: {
    peek(): Catalog;
    onChanged(listener: (catalog: Catalog) => void): () => void;
  };
  session: {
    status(): Promise<SessionStatus>;
    onChanged(listener: (status: SessionStatus) => void): () => void;
  };
  logger: Logger;
}

const ARGUMENT_TYPES: Record<CatalogArgument['kind'], ArgumentType> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  datetime: 'datetime',
  json: 'object',
};

/** Room left in one bridge frame for the offer, after the JSON-RPC envelope. */
const OFFER_BUDGET_BYTES = ROBOT_MAX_FRAME_BYTES - 16 * 1024;

/**
 * The runnable processes of a catalog, as the robot runs them: by name, in their folder; as many
 * as one bridge frame holds (a robot user's folders rarely hold more than a few hundred).
 */
export function toOfferedProcesses(catalog: Catalog): OfferedProcess[] {
  const offered: OfferedProcess[] = [];
  let bytes = 0;
  for (const process of toAllOffered(catalog)) {
    bytes += Buffer.byteLength(JSON.stringify(process)) + 1;
    if (bytes > OFFER_BUDGET_BYTES || offered.length === MAX_OFFERED_PROCESSES) break;
    offered.push(process);
  }
  return offered;
}

function toAllOffered(catalog: Catalog): OfferedProcess[] {
  return catalog.processes
    .filter((process) => process.isRunnable)
    .map((process) => ({
      name: process.name,
      folder: process.folderPath,
      version: process.version,
      description: process.description.slice(0, 2000),
      inputArguments: process.inputArguments.map((argument) => ({
        name: argument.name,
        type: ARGUMENT_TYPES[argument.kind],
        required: argument.isRequired,
        hasDefault: argument.hasDefault,
        ...(argument.description ? { description: argument.description } : {}),
        ...(argument.isSensitive ? { sensitive: true } : {}),
      })),
    }));
}

function takesOffers(status: RobotStatusView): boolean {
  return (status.state === 'ready' || status.state === 'busy') && (status.robot?.features.includes(OFFERED_PROCESSES_FEATURE) ?? false);
}

export function startProcessOffer(deps: ProcessOfferDeps): () => void {
  const logger = deps.logger.child('robot-process-offer');
  /** What the connected bridge last accepted; cleared when the connection goes, so a new bridge hears it again. */
  let sent: string | undefined;
  let sending: Promise<void> = Promise.resolve();
  let signedInProfile: string | null = null;
  let isDisposed = false;

  function offer(): void {
    if (isDisposed) return;
    if (!takesOffers(deps.robot.status())) {
      sent = undefined;
      return;
    }
    const catalog = deps.catalog.peek();
    const processes = signedInProfile !== null && catalog.profileId === signedInProfile ? toOfferedProcesses(catalog) : [];
    const signature = JSON.stringify(processes);
    if (signature === sent) return;
    sent = signature;
    sending = sending.then(async () => {
      try {
        const accepted = await deps.robot.offerProcesses(processes);
        const runnable = processes.length === 0 ? 0 : catalog.processes.filter((process) => process.isRunnable).length;
        logger.info('Offered the robot the Orchestrator processes it may run', {
          offered: processes.length,
          accepted,
          left: runnable - processes.length,
        });
      } catch (error) {
        // The next status or catalog change offers again.
        sent = undefined;
        logger.warn('The robot did not take the Orchestrator processes', { error: String(error) });
      }
    });
  }

  const onSession = (status: SessionStatus): void => {
    signedInProfile = status.state === 'signed-in' ? status.profileId : null;
    offer();
  };
  const stops = [deps.robot.onChanged(offer), deps.catalog.onChanged(offer), deps.session.onChanged(onSession)];
  void deps.session.status().then(onSession, () => offer());
  return () => {
    isDisposed = true;
    for (const stop of stops) stop();
  };
}
