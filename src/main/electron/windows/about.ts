/** Help › About: the versions a bug report needs, as plain lines. */
export function aboutDetail(version: string, runtimes: Readonly<Record<string, string | undefined>>): string {
  const names: [string, string][] = [
    ['electron', 'Electron'],
    ['chrome', 'Chromium'],
    ['node', 'Node.js'],
    ['v8', 'V8'],
  ];
  const lines = [`Baton ${version}`, ...names.flatMap(([key, label]) => (runtimes[key] ? [`${label} ${runtimes[key]}`] : []))];
  return lines.join('\n');
}
