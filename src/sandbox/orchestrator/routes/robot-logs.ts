import { requireScope } from '../authenticate';
import { applyQuery } from '../odata/query';
import { requireFolder, requirePermission, sendCollection, type Route } from '../route-context';
import { forVersion } from '../dto';
import type { LogRecord, VersionProfile } from '../types';

// reference/orchestrator-versions.md §3.5 and §4: scope OR.Monitoring(.Read), permission Logs.View.
const LOG_READ_SCOPES = ['OR.Monitoring', 'OR.Monitoring.Read'];

/**
 * One robot log line as LogDto. `Id` is always 0 (§3.5), so a client can tell lines apart only
 * by their content and order. `RawMessage` is the robot's JSON line; Report Status lines carry
 * `logType: "ReportStatus"` there (inferred: the reference does not say how they are marked).
 */
function logDto(log: LogRecord, profile: VersionProfile): Record<string, unknown> {
  const timeStamp = new Date(log.timeStamp).toISOString();
  const raw = {
    message: log.message,
    level: log.level === 'Info' ? 'Information' : log.level === 'Warn' ? 'Warning' : log.level,
    logType: log.isReportStatus ? 'ReportStatus' : 'User',
    timeStamp,
    processName: log.processName,
    jobId: log.jobKey,
    robotName: 'sandbox-robot',
    machineName: log.hostMachineName,
    fileName: 'Main',
  };
  return forVersion(profile, 'Log', {
    Level: log.level,
    WindowsIdentity: 'sandbox\\robot',
    ProcessName: log.processName,
    TimeStamp: timeStamp,
    Message: log.message,
    JobKey: log.jobKey,
    RawMessage: JSON.stringify(raw),
    RobotName: 'sandbox-robot',
    HostMachineName: log.hostMachineName,
    MachineId: 700,
    RuntimeType: 'Unattended',
    MachineKey: '5a3c7e1d-0000-4000-8000-000000000700',
    Id: 0,
  });
}

export const robotLogRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/odata\/RobotLogs$/i,
    handle(ctx) {
      requireScope(ctx.caller, LOG_READ_SCOPES);
      const { state, profile } = ctx.deps;
      const folder = requireFolder(ctx);
      requirePermission(ctx, folder, 'Logs.View');
      const dtos = state.robotLogs.filter((l) => l.folderId === folder.id).map((l) => logDto(l, profile));
      sendCollection(ctx, 'RobotLogs', applyQuery(dtos, ctx.params, ctx.deps.types.log));
    },
  },
];
