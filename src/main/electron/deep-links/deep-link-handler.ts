import type { BatonHandlers } from '../../../shared/api';
import type { AppTarget } from '../../../shared/contract/app';
import type { Process } from '../../../shared/contract/catalog';
import { BatonError } from '../../../shared/errors';
import type { Translator } from '../../../shared/i18n';
import { englishTranslator, renderParts, said } from '../../../shared/message-parts';
import type { Logger } from '../../platform';
import { parseDeepLink, type DeepLink } from './deep-links';

export interface RunConfirmation {
  title: string;
  /** Exactly what will run, line by line. */
  detail: string;
}

/**
 * The confirm dialog's text: every value the link supplied, nothing more; the process and folder
 * as Baton found them (names match regardless of case), so the person sees what will really run.
 */
export function describeRunForConfirmation(
  link: Extract<DeepLink, { kind: 'run' }>,
  found: { processName: string; folderPath?: string } = link,
  t: Translator = englishTranslator,
): RunConfirmation {
  const args = [...link.inputArguments];
  const processName = found.processName;
  const lines = [
    t.t('tray.confirmProcess', { name: processName }),
    t.t('tray.confirmFolder', { folder: found.folderPath ?? link.folderPath }),
    t.t('tray.confirmWhere', { target: link.target === 'local' ? 'local' : 'remote' }),
    args.length === 0 ? t.t('tray.confirmNoArgs') : t.t('tray.confirmArgs'),
    // The arguments exactly as the link gave them: names and JSON values are not words to translate.
    ...args.map(([name, value]) => `  ${name} = ${JSON.stringify(value)}`),
  ];
  return { title: t.t('tray.confirmTitle', { name: processName }), detail: lines.join('\n') };
}

export interface DeepLinkHandlerDeps {
  handlers: Pick<BatonHandlers, 'catalog.get' | 'runs.start' | 'robot.processes'>;
  /** Shows the dialog; true only when the person chose Run. */
  confirm(confirmation: RunConfirmation): Promise<boolean>;
  /** Brings the window up at a place. */
  show(target: AppTarget): void;
  /** Tells the person why a link did nothing. */
  refuse(message: string): void;
  /** The host's language of the moment, for the confirm dialog (English when absent). */
  translator?: () => Translator;
  logger?: Logger;
}

/** What a deep link does: validate, resolve, confirm, and only then start. Never runs unasked. */
export function createDeepLinkHandler(deps: DeepLinkHandlerDeps): (url: string) => Promise<void> {
  const t = (): Translator => deps.translator?.() ?? englishTranslator;
  async function findRemote(link: Extract<DeepLink, { kind: 'run' }>): Promise<Process> {
    const catalog = await deps.handlers['catalog.get']({});
    const wanted = (value: string) => value.toLowerCase();
    const match = catalog.processes.find(
      (process) => wanted(process.name) === wanted(link.processName) && wanted(process.folderPath) === wanted(link.folderPath),
    );
    if (!match) {
      throw BatonError.said('NOT_FOUND', said('tray.linkNoProcess', { name: link.processName, folder: link.folderPath }), {
        hint: said('tray.linkNoProcessHint'),
      });
    }
    return match;
  }

  async function run(link: Extract<DeepLink, { kind: 'run' }>): Promise<void> {
    let start: () => Promise<{ id: string }>;
    let found: { processName: string; folderPath?: string };
    if (link.target === 'remote') {
      const process = await findRemote(link);
      const missing = process.inputArguments.filter((arg) => arg.isRequired && !arg.hasDefault && !link.inputArguments.has(arg.name));
      if (missing.length > 0) {
        // The run dialog in the window asks for what the link left out.
        deps.refuse(t().t('tray.linkNeedsInputs', { name: process.name, inputs: missing.map((arg) => arg.name).join(', ') }));
        deps.show({ kind: 'process', processId: process.id });
        return;
      }
      found = { processName: process.name, folderPath: process.folderPath };
      start = () =>
        deps.handlers['runs.start']({ target: 'remote', processId: process.id, inputArguments: Object.fromEntries(link.inputArguments) });
    } else {
      const local = (await deps.handlers['robot.processes']({})).find(
        (process) => process.name.toLowerCase() === link.processName.toLowerCase() || process.key === link.processName,
      );
      if (!local)
        throw BatonError.said('NOT_FOUND', said('tray.linkNotOnRobot', { name: link.processName }), {
          hint: said('tray.linkNotOnRobotHint'),
        });
      found = { processName: local.name };
      start = () =>
        deps.handlers['runs.start']({ target: 'local', processKey: local.key, inputArguments: Object.fromEntries(link.inputArguments) });
    }
    if (!(await deps.confirm(describeRunForConfirmation(link, found, t())))) {
      deps.logger?.info('A deep-linked run was cancelled by the person');
      return;
    }
    const started = await start();
    deps.show({ kind: 'run', runId: started.id });
  }

  return async (url) => {
    const parsed = parseDeepLink(url);
    if (!parsed.ok) {
      // The link itself is not logged: it may carry argument values.
      deps.logger?.warn('A baton:// link was refused', { reason: parsed.message });
      // The parser's reason names the exact parameter or character; it is shown as it is.
      deps.refuse(t().t('tray.linkRefused', { reason: parsed.message }));
      return;
    }
    try {
      if (parsed.link.kind === 'open') deps.show({ kind: 'run', runId: parsed.link.runId });
      else await run(parsed.link);
    } catch (error) {
      if (!(error instanceof BatonError)) return deps.refuse(t().t('tray.linkFailed'));
      const words = [error.messageText ? renderParts(t(), error.messageText) : error.message];
      if (error.hintText || error.hint) words.push(error.hintText ? renderParts(t(), error.hintText) : (error.hint ?? ''));
      deps.refuse(words.join(t().locale === 'ja' ? '' : ' '));
    }
  };
}
