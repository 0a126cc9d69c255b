import { isBatonError } from '../../shared/errors';
import {
  isFolderRequired,
  isOrchestratorCallError,
  listFolders,
  listReleasesAcrossFolders,
  listReleasesInFolder,
  listRunnableReleaseIds,
  type ReleaseDto,
} from '../orchestrator';
import type { CheckDefinition, CheckOutcome } from './types';

const same = (a: string | null | undefined, b: string) =>
  (a ?? '')
    .trim()
    .replace(/^\/|\/$/g, '')
    .toLowerCase() ===
  b
    .trim()
    .replace(/^\/|\/$/g, '')
    .toLowerCase();

function callFailed(what: string, path: string, error: unknown): CheckOutcome {
  const status = isOrchestratorCallError(error) ? error.status : undefined;
  const code = isOrchestratorCallError(error) ? error.errorCode : undefined;
  return {
    status: 'fail',
    summary: `${what}: ${isBatonError(error) ? error.message : 'the request failed.'}`,
    evidence: [
      `GET ${path} → ${status ?? (isBatonError(error) ? error.code : 'failed')}${code !== undefined ? ` (errorCode ${code})` : ''}`,
    ],
    fix: isBatonError(error) && error.hint ? error.hint : 'Run the checks again; if it keeps failing, ask the Orchestrator administrator.',
  };
}

export const foldersCheck: CheckDefinition = {
  id: 'folders',
  dependsOn: ['credentials'],
  async run(ctx) {
    let folders;
    try {
      folders = await listFolders(ctx.client!);
    } catch (error) {
      return callFailed('Your folders cannot be read', '/odata/Folders', error);
    }
    ctx.facts.folders = folders.map((f) => ({ Id: f.Id, FullyQualifiedName: f.FullyQualifiedName ?? f.DisplayName ?? String(f.Id) }));
    const evidence = [
      `GET /odata/Folders → ${folders.length} folder(s)${
        folders.length
          ? `: ${ctx.facts.folders
              .slice(0, 8)
              .map((f) => f.FullyQualifiedName)
              .join(', ')}${folders.length > 8 ? ', …' : ''}`
          : ''
      }`,
    ];
    if (folders.length === 0) {
      return {
        status: 'fail',
        summary: 'You are not assigned to any folder, so no process can be shown.',
        evidence,
        fix: 'Ask an Orchestrator administrator to assign your account (or its group) to the folders you work in, with a role such as Automation User.',
      };
    }
    if (ctx.folderPath && !ctx.facts.folders.some((f) => same(f.FullyQualifiedName, ctx.folderPath!))) {
      return {
        status: 'fail',
        summary: `The folder ${ctx.folderPath} does not exist or you are not assigned to it.`,
        evidence,
        fix: `Check the folder path (full path, e.g. Finance/Invoices); ask an administrator to assign you to ${ctx.folderPath} if you should see it.`,
      };
    }
    return { status: 'pass', summary: `You can read ${folders.length} folder(s).`, evidence };
  },
};

export const processesCheck: CheckDefinition = {
  id: 'processes',
  dependsOn: ['folders'],
  async run(ctx) {
    const client = ctx.client!;
    let releases: (ReleaseDto & { folderPath?: string })[];
    const evidence: string[] = [];
    try {
      releases = (await listReleasesAcrossFolders(client)).map((r) => ({
        ...r,
        folderPath: r.OrganizationUnitFullyQualifiedName ?? undefined,
      }));
      evidence.push(`GET /odata/Releases (across folders) → ${releases.length} process(es)`);
    } catch (error) {
      if (!isFolderRequired(error)) return callFailed('Processes cannot be listed', '/odata/Releases', error);
      // Servers before cross-folder listing (19.10, 20.4): one listing per folder.
      releases = [];
      for (const folder of (ctx.facts.folders ?? []).slice(0, 50)) {
        try {
          const inFolder = await listReleasesInFolder(client, folder.Id, folder.FullyQualifiedName);
          releases.push(...inFolder.map((r) => ({ ...r, folderPath: folder.FullyQualifiedName })));
        } catch (inner) {
          evidence.push(`GET /odata/Releases in ${folder.FullyQualifiedName} → ${isBatonError(inner) ? inner.code : 'failed'}`);
        }
      }
      evidence.push(`GET /odata/Releases per folder → ${releases.length} process(es)`);
    }
    if (releases.length === 0) {
      return {
        status: 'fail',
        summary: 'No process is visible in your folders.',
        evidence,
        fix: 'Processes must be published and deployed to a folder you belong to, and your role there needs Processes.View: ask an Orchestrator administrator.',
      };
    }
    if (!ctx.processName) return { status: 'pass', summary: `${releases.length} process(es) visible.`, evidence };
    const named = releases.filter((r) => same(r.Name, ctx.processName!));
    const found = ctx.folderPath ? named.find((r) => same(r.folderPath, ctx.folderPath!)) : named[0];
    if (!found) {
      const elsewhere = named.map((r) => r.folderPath).filter(Boolean);
      return {
        status: 'fail',
        summary: `The process ${ctx.processName}${ctx.folderPath ? ` is not visible in ${ctx.folderPath}` : ' is not visible in any of your folders'}.`,
        evidence: [...evidence, elsewhere.length ? `found in: ${elsewhere.join(', ')}` : `no process named ${ctx.processName}`],
        fix: elsewhere.length
          ? `Choose the folder it is in (${elsewhere.join(', ')}), or ask an administrator to deploy it to ${ctx.folderPath}.`
          : 'Check the process name (as shown in Orchestrator → Processes); ask an administrator to deploy it to a folder you belong to.',
      };
    }
    ctx.facts.release = {
      Id: found.Id,
      Name: found.Name ?? ctx.processName,
      ...(found.ProcessKey ? { ProcessKey: found.ProcessKey } : {}),
      ...(found.folderPath ? { folderPath: found.folderPath } : {}),
    };
    return {
      status: 'pass',
      summary: `${releases.length} process(es) visible, including ${ctx.processName}${found.folderPath ? ` in ${found.folderPath}` : ''}.`,
      evidence,
    };
  },
};

export const runPermissionCheck: CheckDefinition = {
  id: 'run-permission',
  dependsOn: ['processes'],
  async run(ctx) {
    if (!ctx.processName)
      return {
        status: 'skipped',
        summary: 'Not checked.',
        because: 'no process was chosen (--process NAME --folder PATH)',
        evidence: [],
        isNotApplicable: true,
      };
    const release = ctx.facts.release!;
    const folder = release.folderPath ?? 'its folder';
    let runnable: Set<number>;
    try {
      runnable = await listRunnableReleaseIds(ctx.client!);
    } catch (error) {
      if (isFolderRequired(error)) {
        return {
          status: 'warn',
          summary: 'This Orchestrator version cannot say in advance whether you may run it.',
          evidence: ['cross-folder listing with mandatoryPermissions=Jobs.Create → 400 (errorCode 1101)'],
          fix: 'Try a run; if it is refused, ask for Jobs.Create in the folder.',
        };
      }
      return callFailed('Run permissions cannot be read', '/odata/Releases?mandatoryPermissions=Jobs.Create', error);
    }
    const evidence = [
      `GET /odata/Releases?mandatoryPermissions=Jobs.Create → ${runnable.size} runnable process(es); ${release.Name} ${runnable.has(release.Id) ? 'is' : 'is not'} among them`,
    ];
    if (runnable.has(release.Id)) return { status: 'pass', summary: `You may run ${release.Name} in ${folder}.`, evidence };
    return {
      status: 'fail',
      summary: `You may see ${release.Name} but not run it: your role in ${folder} lacks Jobs.Create.`,
      evidence,
      fix: `Ask an Orchestrator administrator for a role with Jobs.Create (and Jobs.View) in ${folder}, e.g. Automation User.`,
    };
  },
};
