import { useEffect, useState } from 'react';
import { targetHash } from '../../shared/app-target';
import type { AreaId } from '../../shared/contract/app';
import type { MessageId } from '../../shared/i18n';

export type { AreaId };

// Typed by the contract's AREA_IDS, so an area the main process can show is one the window has.
const LABELS: Record<AreaId, MessageId> = {
  processes: 'app.areaProcesses',
  runs: 'app.areaRuns',
  jobs: 'app.areaJobs',
  robot: 'app.areaRobot',
  diagnostics: 'app.areaDiagnostics',
  settings: 'app.areaSettings',
};

export const AREAS = (Object.keys(LABELS) as AreaId[]).map((id) => ({ id, label: LABELS[id] }));

export function areaFromHash(hash: string): AreaId {
  // `#/diagnostics?check=tls` is still the Diagnostics area; the query is the area's own.
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return AREAS.find((area) => area.id === id)?.id ?? 'processes';
}

export function hrefOf(area: AreaId): string {
  return targetHash({ kind: 'area', area });
}

/**
 * The current area lives in the URL hash: it works the same from file:// in Electron and from
 * the web host, survives a reload, and the browser's back button moves between areas.
 */
export function useArea(): AreaId {
  const [area, setArea] = useState<AreaId>(() => areaFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setArea(areaFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return area;
}
