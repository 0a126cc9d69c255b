import packageJson from '../../package.json' with { type: 'json' };

/** The app's version, from package.json (bundled in builds, read directly under tsx). */
export const BATON_VERSION: string = packageJson.version;
