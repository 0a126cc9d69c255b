// Baton's layering rule (DESIGN.md §1), in the spirit of VS Code's code-layering rule: every
// import is resolved on disk to the layer it lands in, and checked against LAYERS, a table of
// what each layer may import (project layers and packages). The rule itself holds no policy.
import { existsSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const HOSTS = new Set(['electron', 'web', 'cli']);

/** Electron and the packages that only work inside it. */
const ELECTRON_FAMILY = /^(electron|electron\/.+|electron-updater|electron-store|@electron\/.+)$/;
/** The OS keychain binding: a native addon only the Node adapter loads (lazily). */
const KEYCHAIN = /^@napi-rs\/keyring(\/.*)?$/;

/**
 * What each layer may import. `project` lists the layers (by `kind`, or `kind:name`, and
 * `@from` when only the importing area of that name may) a file may reach; `same` allows its
 * own area. `builtins` and `electron` say which packages: `electron`
 * is false, true (the whole family) or a list of names that may be imported from `electron`
 * (the preload). `keychain` allows the keychain binding.
 */
export const LAYERS = {
  shared: {
    project: [],
    same: true,
    builtins: false,
    electron: false,
    why: 'src/shared is used by the renderer too: it imports nothing of the project, no electron, no Node built-ins.',
  },
  renderer: {
    project: ['shared'],
    same: true,
    builtins: false,
    electron: false,
    why: 'The renderer is sandboxed: it imports only src/shared (types and the contract), no electron, no Node built-ins; it reaches the core through BatonApi.',
  },
  preload: {
    project: ['shared'],
    same: true,
    builtins: false,
    electron: ['contextBridge', 'ipcRenderer'],
    why: 'The preload is sandboxed: src/shared, and only contextBridge and ipcRenderer from electron.',
  },
  'robot-bridge': {
    project: ['shared'],
    same: true,
    builtins: true,
    electron: false,
    why: 'The robot bridge is a separate program: it imports only src/shared, never electron.',
  },
  sandbox: {
    project: ['shared', 'robot-bridge'],
    same: true,
    builtins: true,
    electron: false,
    why: 'The sandbox imports only src/shared and the robot bridge, never electron.',
  },
  'main-version': { project: [], builtins: false, electron: false, why: 'version.ts is a leaf: it imports nothing.' },
  'main-lib': {
    project: ['shared', 'main-ports'],
    same: true,
    builtins: true,
    electron: false,
    why: 'src/main/lib sits below the domains: src/shared and the platform ports only, never electron.',
  },
  'main-ports': {
    project: ['shared'],
    same: true,
    builtins: true,
    electron: false,
    why: 'The platform ports (src/main/platform/*.ts) are interfaces: src/shared only, never electron.',
  },
  'main-adapter': {
    project: ['shared', 'main-ports', 'main-adapter:files', 'main-adapter:memory'],
    same: true,
    builtins: true,
    electron: 'adapter:electron',
    keychain: 'adapter:node',
    why: 'A platform adapter implements the ports: src/shared, the ports and the shared adapters (files, memory); electron only in platform/electron, the keychain binding only in platform/node.',
  },
  'main-domain': {
    project: ['shared', 'main-lib', 'main-ports', 'main-domain-index', 'main-version'],
    same: true,
    builtins: true,
    electron: false,
    why: "A core service imports src/shared, src/main/lib, the platform ports and other domains' index.ts: never electron, a host, an adapter, the composition root, the entry point, the robot bridge or the sandbox.",
  },
  'main-compose': {
    project: ['shared', 'main-lib', 'main-ports', 'main-domain-index', 'main-version'],
    builtins: true,
    electron: false,
    why: "The composition root builds the core from the domains' index.ts, the ports and lib: never electron, a host or an adapter (hosts bring the platform).",
  },
  'main-host': {
    // `baton web` is a CLI command, so the CLI host (and only it) starts the web host.
    project: ['shared', 'main-lib', 'main-ports', 'main-adapter', 'main-domain-index', 'main-compose', 'main-version', 'main-host:web@cli'],
    same: true,
    builtins: true,
    electron: 'host:electron',
    why: "A host imports the core through compose.ts, domains' index.ts, lib, the platform and src/shared; only src/main/electron imports electron; no host imports another host, the robot bridge or the sandbox.",
  },
  'main-entry': {
    project: ['main-host:electron', 'main-version'],
    builtins: true,
    electron: true,
    why: 'src/main/index.ts is the Electron entry point: electron, the Electron host and version.ts.',
  },
};

/** The layer a project file belongs to, from its path relative to the repository root. */
export function layerOf(relativePath) {
  const parts = relativePath.split(/[\\/]/);
  if (parts[0] !== 'src') return { kind: 'outside' };
  const [, area, sub, third] = parts;
  if (area === 'shared' || area === 'renderer' || area === 'preload' || area === 'robot-bridge' || area === 'sandbox')
    return { kind: area };
  if (area !== 'main') return { kind: 'outside' };
  if (parts.length === 3) {
    if (/^index\.tsx?$/.test(sub)) return { kind: 'main-entry' };
    if (/^compose\.tsx?$/.test(sub)) return { kind: 'main-compose' };
    if (/^version\.tsx?$/.test(sub)) return { kind: 'main-version' };
    return { kind: 'main-compose' };
  }
  if (HOSTS.has(sub)) return { kind: 'main-host', name: sub };
  if (sub === 'platform') return parts.length === 4 ? { kind: 'main-ports' } : { kind: 'main-adapter', name: third };
  if (sub === 'lib') return { kind: 'main-lib' };
  return { kind: 'main-domain', name: sub, isIndex: parts.length === 4 && /^index\.tsx?$/.test(parts[3] ?? '') };
}

/**
 * Resolves a relative import the way TypeScript's bundler resolution does for this project:
 * the path with `.ts`/`.tsx`, then its folder's index. An import of `../compose` is the file
 * compose.ts, never a folder's index, so it cannot pass for a domain's public face.
 */
export function resolveImport(fromFile, source) {
  const base = path.resolve(path.dirname(fromFile), source);
  if (/\.(tsx?|jsx?|json|css|svg|png)$/.test(base)) return base.replace(/\.js$/, '.ts');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  // Not on disk (a test lints virtual code): take it as the file it names.
  return `${base}.ts`;
}

const label = (to) => (to.kind === 'main-domain' ? (to.isIndex ? 'main-domain-index' : 'main-domain') : to.kind);

function allows(rule, from, to) {
  if (rule.same && from.kind === to.kind && from.name === to.name) return true;
  const kind = label(to);
  return rule.project.some((entry) => {
    const [target, onlyFrom] = entry.split('@');
    const [wanted, name] = target.split(':');
    if (wanted !== kind || (onlyFrom !== undefined && from.name !== onlyFrom)) return false;
    if (kind === 'main-domain-index' && from.kind === 'main-domain' && to.name === from.name) return true;
    return name === undefined || name === to.name;
  });
}

function problemWithProjectFile(from, to, target) {
  if (to.kind === 'outside') return null;
  const rule = LAYERS[from.kind];
  if (!rule || allows(rule, from, to)) return null;
  if (
    to.kind === 'main-domain' &&
    !to.isIndex &&
    (from.kind === 'main-domain' || from.kind === 'main-host' || from.kind === 'main-compose')
  )
    return `${target} is inside another domain: import it through its public face, src/main/${to.name}/index.ts.`;
  return `this file may not import ${target}. ${rule.why}`;
}

function isAllowedFor(setting, from) {
  if (setting === true) return true;
  if (!setting) return false;
  const [kind, name] = setting.split(':');
  return (
    (kind === 'adapter' && from.kind === 'main-adapter' && from.name === name) ||
    (kind === 'host' && from.kind === 'main-host' && from.name === name)
  );
}

function problemWithPackage(from, source, node) {
  const rule = LAYERS[from.kind];
  if (!rule) return null;
  const isBuiltin = BUILTINS.has(source) || BUILTINS.has(source.split('/')[0]);
  const refused = `this file may not import '${source}'. ${rule.why}`;
  if (isBuiltin && !rule.builtins) return refused;
  if (ELECTRON_FAMILY.test(source)) {
    if (Array.isArray(rule.electron)) {
      // The preload's types are erased at build time and load nothing: only values are limited.
      if (node.importKind === 'type' || (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type'))) return null;
      const names =
        node.type === 'ImportDeclaration' ? node.specifiers.map((s) => (s.type === 'ImportSpecifier' ? s.imported.name : '*')) : ['*'];
      return source === 'electron' && names.every((name) => rule.electron.includes(name)) ? null : refused;
    }
    return isAllowedFor(rule.electron, from) ? null : refused;
  }
  if (KEYCHAIN.test(source) && !isAllowedFor(rule.keychain, from)) return refused;
  return null;
}

export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: "Enforces Baton's layering (DESIGN.md §1) from the LAYERS table." },
    schema: [],
    messages: { layering: 'Bad layering: {{reason}}' },
  },
  create(context) {
    const root = context.cwd;
    const filename = context.filename;
    const from = layerOf(path.relative(root, filename));
    if (from.kind === 'outside') return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      let reason;
      if (source.startsWith('.')) {
        const target = path.relative(root, resolveImport(filename, source)).split(path.sep).join('/');
        reason = problemWithProjectFile(from, layerOf(target), target);
      } else {
        reason = problemWithPackage(from, source, node);
      }
      if (reason) context.report({ node, messageId: 'layering', data: { reason } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export const batonPlugin = { rules: { layering: layeringRule } };
