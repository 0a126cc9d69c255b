// Baton's layering rule (DESIGN.md §1), in the spirit of VS Code's code-layering rule:
// every import is resolved to the layer it lands in and checked against what the importing
// layer may use. Bare package imports are checked too (electron, Node built-ins).
import { builtinModules } from 'node:module';
import path from 'node:path';

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const HOSTS = new Set(['electron', 'web', 'cli']);

/** The layer a project file belongs to, from its path relative to the repository root. */
export function layerOf(relativePath) {
  const parts = relativePath.split(/[\\/]/);
  if (parts[0] !== 'src') return { kind: 'outside' };
  const [, area, sub, third] = parts;
  if (area === 'shared' || area === 'renderer' || area === 'preload' || area === 'robot-bridge' || area === 'sandbox')
    return { kind: area };
  if (area !== 'main') return { kind: 'outside' };
  if (parts.length === 3) return { kind: 'main-root' };
  if (HOSTS.has(sub)) return { kind: 'main-host', name: sub };
  if (sub === 'platform') return { kind: 'main-platform', name: third && !third.includes('.') ? third : 'ports' };
  if (sub === 'lib') return { kind: 'main-lib' };
  return { kind: 'main-domain', name: sub, isIndex: parts.length === 4 && /^index\.tsx?$/.test(parts[3] ?? '') };
}

function problemWithPackage(from, source) {
  const isElectron = source === 'electron' || source.startsWith('electron/');
  const isBuiltin = BUILTINS.has(source) || BUILTINS.has(source.split('/')[0]);
  switch (from.kind) {
    case 'shared':
      if (isElectron || isBuiltin) return 'src/shared is used by the renderer too: no electron, no Node built-ins.';
      return null;
    case 'renderer':
      if (isElectron || isBuiltin) return 'The renderer is sandboxed: no electron, no Node built-ins; reach the core through BatonApi.';
      return null;
    case 'preload':
      if (isBuiltin) return 'The preload is sandboxed: no Node built-ins.';
      return null;
    case 'main-host':
      if (isElectron && from.name !== 'electron') return `Only src/main/electron may import electron (not the ${from.name} host).`;
      return null;
    case 'main-platform':
      if (isElectron && from.name !== 'electron') return 'Only src/main/platform/electron may import electron.';
      return null;
    case 'main-domain':
    case 'main-lib':
    case 'main-root':
    case 'robot-bridge':
    case 'sandbox':
      if (isElectron && from.kind !== 'main-root')
        return 'Core services, the robot bridge and the sandbox never import electron; OS services arrive through platform ports.';
      return null;
    default:
      return null;
  }
}

function problemWithProjectFile(from, to) {
  if (to.kind === 'outside') return null;
  const sameArea = from.kind === to.kind && from.name === to.name;
  if (sameArea) return null;
  switch (from.kind) {
    case 'shared':
      return 'src/shared imports nothing from the project.';
    case 'renderer':
      return to.kind === 'shared' ? null : 'The renderer imports only src/shared (types and the contract).';
    case 'preload':
      return to.kind === 'shared' ? null : 'The preload imports only src/shared.';
    case 'robot-bridge':
      return to.kind === 'shared' ? null : 'The robot bridge is a separate program: it imports only src/shared.';
    case 'sandbox':
      return to.kind === 'shared' || to.kind === 'robot-bridge' ? null : 'The sandbox imports only src/shared and the robot bridge.';
    case 'main-domain':
    case 'main-lib':
    case 'main-platform':
      if (to.kind === 'robot-bridge' || to.kind === 'sandbox') return 'The app never imports the robot bridge or the sandbox (tests do).';
      if (to.kind === 'renderer' || to.kind === 'preload' || to.kind === 'main-root')
        return 'Core services do not import the UI or the composition root.';
      if (to.kind === 'main-host') return `Core services never import a host (src/main/${to.name}).`;
      if (to.kind === 'main-platform' && to.name !== 'ports' && from.kind !== 'main-platform')
        return `Core services use platform ports, never an adapter (src/main/platform/${to.name}).`;
      if (to.kind === 'main-domain' && from.kind === 'main-domain' && !to.isIndex)
        return `Import another domain through its public face: src/main/${to.name}/index.ts.`;
      if (to.kind === 'main-domain' && from.kind !== 'main-domain') return 'lib and platform sit below the domains and do not import them.';
      return null;
    case 'main-host':
    case 'main-root':
      if (to.kind === 'robot-bridge' || to.kind === 'sandbox') return 'The app never imports the robot bridge or the sandbox (tests do).';
      if (to.kind === 'renderer') return 'Hosts do not import the renderer; they serve its build.';
      return null;
    default:
      return null;
  }
}

export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: "Enforces Baton's layering (DESIGN.md §1)." },
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
        const target = path.relative(root, path.resolve(path.dirname(filename), source));
        const to = layerOf(target.endsWith('.ts') || target.endsWith('.tsx') ? target : `${target}/index.ts`);
        const asFile = layerOf(`${target}.ts`);
        // "../orchestrator" may be a folder (its index) or a file; both resolve to the same layer, but only the folder is a public face.
        reason = problemWithProjectFile(from, to.kind === 'main-domain' && asFile.kind === 'main-domain' && !to.isIndex ? asFile : to);
      } else {
        reason = problemWithPackage(from, source);
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
