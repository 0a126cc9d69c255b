import type { IncomingMessage } from 'node:http';
import type { SeedFolder } from '../seed';
import { errors } from './errors';
import { canSeeFolder, type OrchestratorState } from './state';
import type { Caller } from './types';
import { ORGANIZATION_UNIT_REQUIRED, type VersionProfile } from './versions';

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name.toLowerCase()];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text.trim() === '' ? undefined : text.trim();
};

/** `X-UIPATH-FolderPath-Encoded` is base64 of the path's UTF-16LE bytes (the server reads it with Encoding.Unicode). */
export function encodeFolderPath(path: string): string {
  return Buffer.from(path, 'utf16le').toString('base64');
}

/**
 * The folder a request addresses, from (highest precedence first) X-UIPATH-FolderPath(-Encoded),
 * X-UIPATH-FolderKey, X-UIPATH-OrganizationUnitId; `undefined` when none is sent. A folder that does
 * not exist or that the caller is not assigned to is 1100. 19.10/20.4 only know OrganizationUnitId.
 */
export function resolveFolder(
  req: IncomingMessage,
  state: OrchestratorState,
  caller: Caller,
  profile: VersionProfile,
): SeedFolder | undefined {
  const folders = [...state.folders.values()];
  let found: SeedFolder | undefined;
  let wasAddressed = false;
  const { path: knowsPath, key: knowsKey } = profile.folderHeaders;
  const encoded = knowsPath ? header(req, 'X-UIPATH-FolderPath-Encoded') : undefined;
  const plainPath = knowsPath ? header(req, 'X-UIPATH-FolderPath') : undefined;
  const key = knowsKey ? header(req, 'X-UIPATH-FolderKey') : undefined;
  const id = header(req, 'X-UIPATH-OrganizationUnitId');
  if (encoded !== undefined || plainPath !== undefined) {
    wasAddressed = true;
    const path = encoded !== undefined ? Buffer.from(encoded, 'base64').toString('utf16le') : plainPath!;
    const normalized = path.replace(/^\//, '');
    found = path.endsWith('/') ? undefined : folders.find((f) => f.fullyQualifiedName.toLowerCase() === normalized.toLowerCase());
  } else if (key !== undefined) {
    wasAddressed = true;
    found = folders.find((f) => f.key === key.toLowerCase());
  } else if (id !== undefined) {
    wasAddressed = true;
    // Captured on Cloud: a non-numeric id is 1101 in the old wording, whatever the version.
    if (!/^\d+$/.test(id)) throw errors.folderRequired(ORGANIZATION_UNIT_REQUIRED);
    found = state.folders.get(Number(id));
  }
  if (!wasAddressed) return undefined;
  if (!found || !canSeeFolder(state, caller.principal, found.id)) throw errors.folderNotFound();
  return found;
}
