import type { AppTarget } from './contract/app';

/**
 * The window's route for a target (the renderer routes by hash). The one place a target becomes
 * text: ids are URI-encoded, so whatever a run or process id holds stays inside its parameter.
 */
export function targetHash(target: AppTarget): string {
  switch (target.kind) {
    case 'run':
      return `#/runs?run=${encodeURIComponent(target.runId)}`;
    case 'area':
      return `#/${target.area}`;
    case 'check':
      return `#/diagnostics?check=${encodeURIComponent(target.checkId)}`;
    case 'process':
      return `#/processes?run=${encodeURIComponent(target.processId)}`;
    case 'reminder':
      // The prompts show over every area; Processes is where the reminded process lives.
      return `#/processes?reminder=${encodeURIComponent(target.reminderId)}`;
  }
}
