import type { MethodName, ResultOf } from '../../shared/api';

type Formatters = { [M in MethodName]?: (result: ResultOf<M>) => string };

/** Human text for results where indented JSON would be unfriendly; the rest print as JSON. */
export const humanFormatters: Formatters = {
  'app.info': (info) =>
    [
      `${info.name} ${info.version}`,
      `host:     ${info.host}`,
      `platform: ${info.platform}`,
      ...Object.entries(info.runtimes).map(([name, version]) => `${`${name}:`.padEnd(9)} ${version}`),
    ].join('\n'),
  'session.status': (status) => {
    if (status.state === 'signed-in') {
      const who = status.user ? `${status.user.name}${status.user.email ? ` <${status.user.email}>` : ''}` : 'unknown user';
      const line = `Signed in as ${who}${status.profileName ? ` (profile ${status.profileName})` : ''}.`;
      return status.secretStorage ? `${line}\n${status.secretStorage.description}` : line;
    }
    if (status.state === 'signing-in') return `Signing in${status.profileName ? ` to ${status.profileName}` : ''}…`;
    return 'Signed out.';
  },
};

export function formatterFor(method: MethodName): ((result: unknown) => string) | undefined {
  return humanFormatters[method] as ((result: unknown) => string) | undefined;
}
