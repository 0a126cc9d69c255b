import { SANDBOX_USERS, sandboxClients } from './users';
import { buildFolders, DEFAULT_FOLDER_PATHS, scaledFolderPaths } from './folder-tree';
import { PROCESS_CATALOG, type ProcessTemplate } from './process-catalog';
import { stableGuid } from './ids';
import type { FolderPermission, SandboxSeed, SeedAssignment, SeedFolder, SeedLogLine, SeedPrincipal, SeedProcess } from './types';

export interface SeedOptions {
  /** Number of folders; the default is the curated tree of 9. */
  folders?: number;
  /** Releases per folder; the default spreads the ~40 curated processes over their folders. */
  processesPerFolder?: number;
  org?: string;
  tenant?: string;
}

export const SANDBOX_ORG = 'baton';
export const SANDBOX_TENANT = 'DefaultTenant';

const VIEW: FolderPermission[] = ['SubFolders.View', 'Processes.View', 'Jobs.View', 'Logs.View'];
const RUN: FolderPermission[] = [...VIEW, 'Jobs.Create', 'Jobs.Edit'];
const FIRST_RELEASE_ID = 16090;
const CREATED = Date.parse('2024-11-04T08:30:00.000Z');

export function createSeed(options: SeedOptions = {}): SandboxSeed {
  const isScaled = options.folders !== undefined || options.processesPerFolder !== undefined;
  const folders = buildFolders(isScaled ? scaledFolderPaths(options.folders ?? DEFAULT_FOLDER_PATHS.length) : DEFAULT_FOLDER_PATHS);
  const processes = isScaled ? scaledProcesses(folders, options.processesPerFolder ?? 5) : curatedProcesses(folders);
  // Last, so the shared folders keep their ids and the releases theirs.
  const workspace = personalWorkspace(folders);
  folders.push(workspace);
  processes.push({ ...toProcess(PROCESS_CATALOG[0]!, workspace, 'Dave Scratch Process'), id: FIRST_RELEASE_ID + processes.length });
  const principals = seedPrincipals();
  return {
    org: options.org ?? SANDBOX_ORG,
    tenant: { id: 1, name: options.tenant ?? SANDBOX_TENANT, key: stableGuid('tenant'), displayName: options.tenant ?? SANDBOX_TENANT },
    folders,
    processes,
    principals,
    assignments: seedAssignments(folders, principals),
  };
}

/** dave's personal workspace: a root folder only he is assigned to (orchestrator-versions.md §2.3, §4). */
function personalWorkspace(folders: SeedFolder[]): SeedFolder {
  const name = "Dave Okafor's workspace";
  return {
    id: Math.max(...folders.map((f) => f.id)) + 1,
    key: stableGuid(`folder:personal:dave`),
    displayName: name,
    fullyQualifiedName: name,
    description: 'Personal workspace.',
    parentId: null,
    parentKey: null,
    isPersonal: true,
  };
}

function curatedProcesses(folders: SeedFolder[]): SeedProcess[] {
  const byPath = new Map(folders.map((f) => [f.fullyQualifiedName, f]));
  return PROCESS_CATALOG.flatMap((template) => {
    const folder = byPath.get(template.folder);
    return folder ? [toProcess(template, folder, template.name)] : [];
  }).map((p, index) => ({ ...p, id: FIRST_RELEASE_ID + index }));
}

function scaledProcesses(folders: SeedFolder[], perFolder: number): SeedProcess[] {
  const out: SeedProcess[] = [];
  folders.forEach((folder, folderIndex) => {
    for (let i = 0; i < perFolder; i += 1) {
      const template = PROCESS_CATALOG[(folderIndex * perFolder + i) % PROCESS_CATALOG.length]!;
      const name = i < PROCESS_CATALOG.length ? template.name : `${template.name} ${Math.floor(i / PROCESS_CATALOG.length) + 1}`;
      out.push({ ...toProcess(template, folder, name), id: FIRST_RELEASE_ID + out.length });
    }
  });
  return out;
}

function toProcess(t: ProcessTemplate, folder: SeedFolder, name: string): SeedProcess {
  const processKey = name.replace(/[^A-Za-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
  const created = new Date(CREATED + (folder.id % 97) * 3_600_000).toISOString();
  return {
    id: 0,
    key: stableGuid(`release:${folder.fullyQualifiedName}:${name}`),
    name,
    processKey,
    processVersion: t.version,
    description: t.description,
    folderId: folder.id,
    isAttended: t.isAttended ?? false,
    requiresUserInteraction: t.isAttended ?? false,
    hiddenForAttendedUser: t.hiddenForAttendedUser ?? false,
    jobPriority: t.priority ?? 'Normal',
    inputs: t.inputs,
    outputs: t.outputs,
    defaultInputs: t.defaults ?? {},
    creationTime: created,
    behaviour: {
      pendingMs: t.pendingMs ?? 1_500,
      runMs: t.runMs ?? 5_000,
      outcome: t.outcome ?? (() => ({ state: 'Successful', output: {} })),
      ...(t.suspend ? { suspend: t.suspend } : {}),
      logLines: t.logLines ?? defaultLogLines(name),
    },
  };
}

function seedPrincipals(): SeedPrincipal[] {
  const users: SeedPrincipal[] = SANDBOX_USERS.map((u) => {
    const [first = u.name, ...rest] = u.name.split(' ');
    return {
      kind: 'user',
      userId: u.orchestratorUserId,
      subject: u.id,
      userName: u.username,
      name: first,
      surname: rest.join(' '),
      email: u.email,
      password: u.password,
      key: stableGuid(`user:${u.username}`),
    };
  });
  const app = sandboxClients().confidential;
  users.push({
    kind: 'app',
    userId: app.orchestratorUserId,
    subject: app.clientId,
    userName: app.name,
    name: app.name,
    surname: '',
    email: null,
    key: stableGuid(`app:${app.clientId}`),
  });
  return users;
}

function seedAssignments(folders: SeedFolder[], principals: SeedPrincipal[]): SeedAssignment[] {
  const id = (userName: string): number | undefined => principals.find((p) => p.userName === userName || p.subject === userName)?.userId;
  const out: SeedAssignment[] = [];
  const grant = (userId: number | undefined, pick: (f: SeedFolder) => boolean, permissions: FolderPermission[]): void => {
    if (userId === undefined) return;
    for (const f of folders) if (pick(f)) out.push({ userId, folderId: f.id, permissions });
  };
  const isFinance = (f: SeedFolder): boolean => f.fullyQualifiedName === 'Finance' || f.fullyQualifiedName.startsWith('Finance/');
  const isHr = (f: SeedFolder): boolean => f.fullyQualifiedName === 'HR' || f.fullyQualifiedName.startsWith('HR/');
  const isShared = (f: SeedFolder): boolean => f.isPersonal !== true;
  grant(id('alice'), isShared, RUN);
  grant(id('bob'), isFinance, VIEW);
  // carol has no folder at all.
  // dave may run in Sales but lacks SubFolders.View, so /odata/Folders does not list it for him.
  grant(
    id('dave'),
    (f) => f.fullyQualifiedName === 'Sales',
    RUN.filter((p) => p !== 'SubFolders.View'),
  );
  grant(id('dave'), (f) => f.isPersonal === true, RUN);
  grant(id(sandboxClients().confidential.clientId), (f) => isShared(f) && !isHr(f), RUN);
  return out;
}

/** What a robot writes for a plain process: start, one Report Status, end. */
function defaultLogLines(name: string): SeedLogLine[] {
  return [
    { level: 'Info', message: `${name} execution started` },
    { level: 'Info', message: 'Working', isReportStatus: true },
    { level: 'Info', message: `${name} execution ended` },
  ];
}
