export const about = {
  footer: 'About Baton',
  hostElectron: 'desktop app',
  hostWeb: 'web host',
  hostCli: 'command line',
  unavailable: 'Version information unavailable.',
  loading: 'Loading version…',
  heading: 'About this Baton',
  version: 'Version',
  host: 'Host',
  platform: 'Platform',
} as const;
