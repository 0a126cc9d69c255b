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
import { said } from '../../shared/message-parts';
import { errorWords, hintWords } from './check-words';
import { answered } from './http-probe';
import type { CheckDefinition, CheckOutcome, CheckText } from './types';

const same = (a: string | null | undefined, b: string) =>
  (a ?? '')
    .trim()
    .replace(/^\/|\/$/g, '')
    .toLowerCase() ===
  b
    .trim()
    .replace(/^\/|\/$/g, '')
    .toLowerCase();

function callFailed(what: 'folders' | 'processes' | 'run-permission', path: string, error: unknown): CheckOutcome {
  const status = isOrchestratorCallError(error) ? error.status : undefined;
  const code = isOrchestratorCallError(error) ? error.errorCode : undefined;
  return {
    status: 'fail',
    summary: [said('diagnostics.callFailed', { what }), ...(isBatonError(error) ? errorWords(error) : [said('diagnostics.requestFailed')])],
    evidence: [
      code !== undefined
        ? said('diagnostics.evStatusErrorCode', { request: `GET ${path}`, status: String(status), code: String(code) })
        : answered(`GET ${path}`, status ?? (isBatonError(error) ? error.code : undefined)),
    ],
    fix: hintWords(error) ?? said('diagnostics.callFailedFix'),
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
      return callFailed('folders', '/odata/Folders', error);
    }
    ctx.facts.folders = folders.map((f) => ({ Id: f.Id, FullyQualifiedName: f.FullyQualifiedName ?? f.DisplayName ?? String(f.Id) }));
    const listed = ctx.facts.folders
      .slice(0, 8)
      .map((f) => f.FullyQualifiedName)
      .join(', ');
    const evidence = [
      folders.length
        ? said('diagnostics.evFoldersListed', {
            request: 'GET /odata/Folders',
            count: folders.length,
            folders: `${listed}${folders.length > 8 ? ', …' : ''}`,
          })
        : said('diagnostics.evFolders', { request: 'GET /odata/Folders', count: 0 }),
    ];
    if (folders.length === 0) {
      return {
        status: 'fail',
        summary: said('diagnostics.noFolders'),
        evidence,
        fix: said('diagnostics.noFoldersFix'),
      };
    }
    if (ctx.folderPath && !ctx.facts.folders.some((f) => same(f.FullyQualifiedName, ctx.folderPath!))) {
      return {
        status: 'fail',
        summary: said('diagnostics.folderMissing', { folder: ctx.folderPath }),
        evidence,
        fix: said('diagnostics.folderMissingFix', { folder: ctx.folderPath }),
      };
    }
    return { status: 'pass', summary: said('diagnostics.foldersReadable', { count: folders.length }), evidence };
  },
};

export const processesCheck: CheckDefinition = {
  id: 'processes',
  dependsOn: ['folders'],
  async run(ctx) {
    const client = ctx.client!;
    let releases: (ReleaseDto & { folderPath?: string })[];
    const evidence: CheckText[] = [];
    try {
      releases = (await listReleasesAcrossFolders(client)).map((r) => ({
        ...r,
        folderPath: r.OrganizationUnitFullyQualifiedName ?? undefined,
      }));
      evidence.push(said('diagnostics.evReleasesAcross', { request: 'GET /odata/Releases', count: releases.length }));
    } catch (error) {
      if (!isFolderRequired(error)) return callFailed('processes', '/odata/Releases', error);
      // Servers before cross-folder listing (19.10, 20.4): one listing per folder.
      releases = [];
      for (const folder of (ctx.facts.folders ?? []).slice(0, 50)) {
        try {
          const inFolder = await listReleasesInFolder(client, folder.Id, folder.FullyQualifiedName);
          releases.push(...inFolder.map((r) => ({ ...r, folderPath: folder.FullyQualifiedName })));
        } catch (inner) {
          evidence.push(
            said('diagnostics.evReleasesInFolder', {
              request: 'GET /odata/Releases',
              folder: folder.FullyQualifiedName,
              status: isBatonError(inner) ? inner.code : 'failed',
            }),
          );
        }
      }
      evidence.push(said('diagnostics.evReleasesPerFolder', { request: 'GET /odata/Releases', count: releases.length }));
    }
    if (releases.length === 0) {
      return {
        status: 'fail',
        summary: said('diagnostics.noProcesses'),
        evidence,
        fix: said('diagnostics.noProcessesFix'),
      };
    }
    if (!ctx.processName) return { status: 'pass', summary: said('diagnostics.processesVisible', { count: releases.length }), evidence };
    const named = releases.filter((r) => same(r.Name, ctx.processName!));
    const found = ctx.folderPath ? named.find((r) => same(r.folderPath, ctx.folderPath!)) : named[0];
    if (!found) {
      const elsewhere = named.map((r) => r.folderPath).filter(Boolean);
      return {
        status: 'fail',
        summary: ctx.folderPath
          ? said('diagnostics.processNotInFolder', { process: ctx.processName, folder: ctx.folderPath })
          : said('diagnostics.processNowhere', { process: ctx.processName }),
        evidence: [
          ...evidence,
          elsewhere.length
            ? said('diagnostics.evFoundIn', { folders: elsewhere.join(', ') })
            : said('diagnostics.evNoProcessNamed', { process: ctx.processName }),
        ],
        fix: elsewhere.length
          ? said('diagnostics.processElsewhereFix', { folders: elsewhere.join(', '), folder: ctx.folderPath ?? '' })
          : said('diagnostics.processNameFix'),
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
      summary: found.folderPath
        ? said('diagnostics.processesVisibleWithIn', { count: releases.length, process: ctx.processName, folder: found.folderPath })
        : said('diagnostics.processesVisibleWith', { count: releases.length, process: ctx.processName }),
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
        summary: said('diagnostics.notChecked'),
        because: said('diagnostics.noProcessChosen'),
        evidence: [],
        isNotApplicable: true,
      };
    const release = ctx.facts.release!;
    const folder = release.folderPath;
    let runnable: Set<number>;
    try {
      runnable = await listRunnableReleaseIds(ctx.client!);
    } catch (error) {
      if (isFolderRequired(error)) {
        return {
          status: 'warn',
          summary: said('diagnostics.runPermissionUnknown'),
          evidence: [said('diagnostics.evCrossFolderRefused', { status: '400', code: '1101' })],
          fix: said('diagnostics.runPermissionUnknownFix'),
        };
      }
      return callFailed('run-permission', '/odata/Releases?mandatoryPermissions=Jobs.Create', error);
    }
    const evidence = [
      said('diagnostics.evRunnable', {
        request: 'GET /odata/Releases?mandatoryPermissions=Jobs.Create',
        count: runnable.size,
        process: release.Name,
        isAmong: runnable.has(release.Id) ? 'yes' : 'no',
      }),
    ];
    // Without a path the folder is named as "its folder", in the person's language.
    const where = { process: release.Name, folder: folder ?? '', hasFolder: folder ? 'yes' : 'no' };
    if (runnable.has(release.Id)) return { status: 'pass', summary: said('diagnostics.mayRun', where), evidence };
    return {
      status: 'fail',
      summary: said('diagnostics.mayNotRun', where),
      evidence,
      fix: said('diagnostics.mayNotRunFix', where),
    };
  },
};
