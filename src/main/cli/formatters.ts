import type { MethodName, ResultOf } from '../../shared/api';
import type { Translator } from '../../shared/i18n';
import { englishTranslator, renderParts } from '../../shared/message-parts';

type Formatters = { [M in MethodName]?: (result: ResultOf<M>, t: Translator) => string };

/** Human text for results where indented JSON would be unfriendly; the rest print as JSON. */
export const humanFormatters: Formatters = {
  // Names, versions and runtimes are data: the labels are `name:` words a script may read, kept as they are.
  'app.info': (info) =>
    [
      `${info.name} ${info.version}`,
      `host:     ${info.host}`,
      `platform: ${info.platform}`,
      ...Object.entries(info.runtimes).map(([name, version]) => `${`${name}:`.padEnd(9)} ${version}`),
    ].join('\n'),
  'session.status': (status, t) => {
    if (status.state === 'signed-in') {
      const who = status.user ? `${status.user.name}${status.user.email ? ` <${status.user.email}>` : ''}` : t.t('cli.unknownUser');
      const line = status.profileName
        ? t.t('cli.signedInAsInProfile', { who, profile: status.profileName })
        : t.t('cli.signedInAsWho', { who });
      const storage = status.secretStorage;
      if (!storage) return line;
      return `${line}\n${storage.descriptionText ? renderParts(t, storage.descriptionText) : storage.description}`;
    }
    if (status.state === 'signing-in')
      return status.profileName ? t.t('cli.signingInTo', { profile: status.profileName }) : t.t('cli.signingIn');
    return t.t('cli.signedOut');
  },
};

export function formatterFor(method: MethodName, t: Translator = englishTranslator): ((result: unknown) => string) | undefined {
  const format = humanFormatters[method] as ((result: unknown, t: Translator) => string) | undefined;
  return format && ((result) => format(result, t));
}
