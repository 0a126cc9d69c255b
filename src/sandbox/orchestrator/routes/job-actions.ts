import { randomUUID } from 'node:crypto';
import { requireScope } from '../authenticate';
import { jobDto } from '../dto';
import { errors } from '../errors';
import { prop, readJsonObject, sendEmpty, sendJson } from '../http';
import { requireFolder, requirePermission, type Route, type RouteContext } from '../route-context';
import type { JobRecord, VersionProfile } from '../types';

const JOB_WRITE_SCOPES = ['OR.Jobs', 'OR.Jobs.Write'];
// The action parameter's name in SW1910/SW2004 (:5986); the 400 names it, never the field.
const START_PARAMETER = 'startJobParameters';

/**
 * Binds the body as ASP.NET does on every measured build: one property the version's
 * StartProcessDto lacks (names compared case-insensitively) or an enum value it does not know
 * makes the whole body null, and the action answers 400 "startJobParameters must not be null".
 */
function bindStartInfo(body: Record<string, unknown>, profile: VersionProfile): Record<string, unknown> {
  const known = new Set([...profile.fields.StartInfo].map((f) => f.toLowerCase()));
  if (Object.keys(body).some((k) => k.toLowerCase() !== 'startinfo')) throw errors.parameterNull(START_PARAMETER);
  const startInfo = prop(body, 'startInfo');
  if (typeof startInfo !== 'object' || startInfo === null || Array.isArray(startInfo)) throw errors.parameterNull(START_PARAMETER);
  if (Object.keys(startInfo).some((k) => !known.has(k.toLowerCase()))) throw errors.parameterNull(START_PARAMETER);
  const strategy = prop(startInfo as Record<string, unknown>, 'Strategy');
  if (typeof strategy === 'string' && !profile.strategies.includes(strategy)) throw errors.parameterNull(START_PARAMETER);
  return startInfo as Record<string, unknown>;
}

const optionalString = (value: unknown, name: string, max: number): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw errors.invalidRequest(`startInfo.${name} must be a string.`);
  if (value.length > max) throw errors.validation(`The field ${name} must be a string with a maximum length of ${max}.`);
  return value;
};

function jobCount(startInfo: Record<string, unknown>, strategy: string): number {
  const positive = (name: string): number => {
    const v = prop(startInfo, name);
    if (v === undefined || v === null) return 1;
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0)
      throw errors.invalidRequest(`startInfo.${name} must be a positive integer.`);
    return v;
  };
  if (strategy === 'Specific') {
    const ids = prop(startInfo, 'RobotIds');
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => Number.isInteger(id))) {
      throw errors.invalidRequest('startInfo.RobotIds must list at least one robot for the Specific strategy.');
    }
    return ids.length;
  }
  if (strategy === 'RobotCount') return positive('NoOfRobots');
  if (strategy === 'All') return 1;
  return positive('JobsCount');
}

async function startJobs(ctx: RouteContext): Promise<void> {
  requireScope(ctx.caller, JOB_WRITE_SCOPES);
  const { state, profile, clock, runner } = ctx.deps;
  const folder = requireFolder(ctx);
  requirePermission(ctx, folder, 'Jobs.Create');
  const info = bindStartInfo(await readJsonObject(ctx.req), profile);
  const hasReleaseName = profile.fields.StartInfo.has('ReleaseName');

  const releaseKey = optionalString(prop(info, 'ReleaseKey'), 'ReleaseKey', 64);
  const releaseName = hasReleaseName ? optionalString(prop(info, 'ReleaseName'), 'ReleaseName', 256) : null;
  if (!releaseKey && !releaseName)
    throw errors.invalidRequest(hasReleaseName ? 'Either ReleaseKey or ReleaseName is required.' : 'The ReleaseKey field is required.');
  const inFolder = [...state.releases.values()].filter((r) => r.folderId === folder.id);
  const release = releaseKey
    ? inFolder.find((r) => r.key === releaseKey.toLowerCase())
    : inFolder.find((r) => r.name.toLowerCase() === releaseName!.toLowerCase());
  if (!release) throw errors.notFound('Release');

  const strategyRaw = prop(info, 'Strategy') ?? (hasReleaseName ? 'ModernJobsCount' : undefined);
  if (typeof strategyRaw !== 'string' || !profile.strategies.includes(strategyRaw)) {
    throw errors.invalidRequest(`startInfo.Strategy must be one of ${profile.strategies.join(', ')}.`);
  }
  const count = jobCount(info, strategyRaw);
  const inputArguments = optionalString(prop(info, 'InputArguments'), 'InputArguments', 10_000);
  if (inputArguments) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(inputArguments);
    } catch {
      parsed = undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw errors.invalidRequest('startInfo.InputArguments must be a JSON object serialized as a string.');
    }
  }
  const reference = optionalString(prop(info, 'Reference'), 'Reference', 128);
  const runAsMe = prop(info, 'RunAsMe') === true;
  const requiresUserInteraction = prop(info, 'RequiresUserInteraction') === true || release.requiresUserInteraction;
  const isAttended = runAsMe || release.isAttended;
  const priority = prop(info, 'JobPriority');
  const runtime = prop(info, 'RuntimeType');
  const source = prop(info, 'Source');

  const now = clock.now();
  const batch = randomUUID();
  const jobs: JobRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const job: JobRecord = {
      id: state.nextJobId++,
      key: randomUUID(),
      releaseId: release.id,
      folderId: folder.id,
      state: 'Pending',
      creationTime: now,
      startTime: null,
      endTime: null,
      lastModificationTime: now,
      info: null,
      inputArguments,
      outputArguments: null,
      reference,
      source: typeof source === 'string' ? source : 'Manual',
      sourceType: 'Manual',
      batchExecutionKey: batch,
      type: isAttended ? 'Attended' : 'Unattended',
      runtimeType: typeof runtime === 'string' ? runtime : isAttended ? 'Attended' : 'Unattended',
      requiresUserInteraction,
      stopStrategy: null,
      jobPriority: priority === 'Low' || priority === 'High' || priority === 'Normal' ? priority : release.jobPriority,
      startedByUserId: ctx.caller.principal.userId,
      hostMachineName: null,
      jobError: null,
    };
    state.jobs.set(job.id, job);
    jobs.push(job);
  }
  ctx.deps.dispatch({ type: 'job.created', jobs, userId: ctx.caller.principal.userId, startInfo: info });
  jobs.forEach((job) => runner.schedule(job));
  sendJson(ctx.res, 201, { '@odata.context': `${ctx.serviceRoot}/$metadata#Jobs`, value: jobs.map((j) => jobDto(state, j, profile)) });
}

// JSON.NET binds an enum from its name or its number, also as a string: UiPathOrch sends "1"/"2"
// and live servers accept it (orchestrator-versions.md §3.4).
const STOP_STRATEGIES: Record<string, 'SoftStop' | 'Kill'> = { SoftStop: 'SoftStop', Kill: 'Kill', '1': 'SoftStop', '2': 'Kill' };

function parseStrategy(value: unknown): 'SoftStop' | 'Kill' {
  const strategy = typeof value === 'string' || typeof value === 'number' ? STOP_STRATEGIES[String(value)] : undefined;
  if (!strategy) throw errors.invalidRequest('strategy must be SoftStop or Kill.');
  return strategy;
}

async function stopJobs(ctx: RouteContext, singleId?: number): Promise<void> {
  requireScope(ctx.caller, JOB_WRITE_SCOPES);
  const { state, runner } = ctx.deps;
  const folder = requireFolder(ctx);
  requirePermission(ctx, folder, 'Jobs.Edit');
  const body = await readJsonObject(ctx.req);
  const strategy = parseStrategy(prop(body, 'strategy'));
  const ids = singleId !== undefined ? [singleId] : prop(body, 'jobIds');
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => Number.isInteger(id))) {
    throw errors.invalidRequest('jobIds must list at least one job id.');
  }
  const jobs = ids.map((id: number) => {
    const job = state.jobs.get(id);
    if (!job || job.folderId !== folder.id) throw errors.notFound('Job');
    return job;
  });
  jobs.forEach((job) => runner.stop(job, strategy));
  sendEmpty(ctx.res, 200);
}

/**
 * ResumeJob: `{"jobKey": guid}` in every version (reference §3.4); the optional `inputArguments`
 * (a JSON object as a string) is accepted and, as the workflow's resume input, not kept.
 */
async function resumeJob(ctx: RouteContext): Promise<void> {
  requireScope(ctx.caller, JOB_WRITE_SCOPES);
  const { state, runner } = ctx.deps;
  const folder = requireFolder(ctx);
  requirePermission(ctx, folder, 'Jobs.Edit');
  const body = await readJsonObject(ctx.req);
  if (Object.keys(body).some((k) => !['jobkey', 'inputarguments'].includes(k.toLowerCase()))) throw errors.parameterNull('parameters');
  const key = prop(body, 'jobKey');
  if (typeof key !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)) {
    throw errors.invalidRequest('jobKey must be the job’s Key (a GUID).');
  }
  const job = [...state.jobs.values()].find((j) => j.key === key.toLowerCase() && j.folderId === folder.id);
  if (!job) throw errors.notFound('Job');
  // The error name is InvalidJobStateForSuspend in v20's enum (reference §7); its number is not established.
  if (!runner.resume(job)) throw errors.invalidRequest(`The job is ${job.state}; only a suspended job can be resumed.`);
  sendEmpty(ctx.res, 200);
}

export const jobActionRoutes: Route[] = [
  { method: 'POST', pattern: /^\/odata\/Jobs\/UiPath\.Server\.Configuration\.OData\.StartJobs$/i, handle: startJobs },
  { method: 'POST', pattern: /^\/odata\/Jobs\/UiPath\.Server\.Configuration\.OData\.StopJobs$/i, handle: (ctx) => stopJobs(ctx) },
  {
    method: 'POST',
    pattern: /^\/odata\/Jobs\((\d+)\)\/UiPath\.Server\.Configuration\.OData\.StopJob$/i,
    handle: (ctx) => stopJobs(ctx, Number(ctx.match[1])),
  },
  { method: 'POST', pattern: /^\/odata\/Jobs\/UiPath\.Server\.Configuration\.OData\.ResumeJob$/i, handle: resumeJob },
];
