import type { Process } from '../../../shared/contract/catalog';
import type { ProfileView } from '../../../shared/model';

/**
 * `baton://run?process=NAME&folder=PATH`: the link the desktop app opens (docs/desktop-shell.md,
 * deep-links.ts). Names, not ids: a link shared with a colleague must work in their Baton too.
 */
export function shareLink(process: Pick<Process, 'name' | 'folderPath'>): string {
  return `baton://run?${new URLSearchParams({ process: process.name, folder: process.folderPath }).toString()}`;
}

/**
 * The process's folder in Orchestrator's web UI, which takes the folder as `fid`. Cloud and
 * Automation Suite serve it under `…/{org}/{tenant}/orchestrator_`, on-premises at the root.
 */
export function orchestratorLink(process: Pick<Process, 'folderId'>, profile: Pick<ProfileView, 'orchestratorUrl' | 'deployment'>): string {
  const base = profile.orchestratorUrl.replace(/\/+$/, '');
  const root = profile.deployment === 'on-prem' || /\/orchestrator_$/.test(base) ? base : `${base}/orchestrator_`;
  return `${root}/processes?fid=${encodeURIComponent(String(process.folderId))}`;
}
