import type { z } from 'zod';
import {
  JSONRPC_INTERNAL_ERROR,
  JSONRPC_INVALID_REQUEST,
  JSONRPC_METHOD_NOT_FOUND,
  JSONRPC_PARSE_ERROR,
  errorText,
  readJsonRpc,
  resultText,
  type JsonRpcErrorObject,
} from '../shared/json-rpc';
import { PRE_READY_METHODS, ROBOT_PROTOCOL_VERSION, robotMethods, type RobotInfo, type RobotMethod } from '../shared/robot-protocol';
import { RobotBridgeError } from './errors';
import type { Executor } from './executors';
import type { JobManager } from './job-manager';
import type { PairingManager } from './pairing';
import type { TokenStore } from './token-store';

/** What one connection knows about itself: where it is in the handshake and whose token it holds. */
export interface SessionState {
  connectionId: string;
  stage: 'new' | 'pairing' | 'ready';
  clientName: string;
  /** The id of the token this connection proved; the owner of the jobs it starts. */
  owner: string | undefined;
}

export interface RpcContext {
  pairing: PairingManager;
  tokens: TokenStore;
  jobs: JobManager;
  executor: Executor;
  robotInfo(): RobotInfo;
  /** A token was revoked through `unpair`: connections holding it drop back to unpaired. */
  onTokenRevoked(owner: string): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

type Handler = (params: unknown, session: SessionState) => unknown;

const INTERNAL_ERROR: JsonRpcErrorObject = {
  code: JSONRPC_INTERNAL_ERROR,
  message: 'Internal error on the robot side.',
  data: { reason: 'INTERNAL' },
};

const METHOD_NOT_FOUND: JsonRpcErrorObject = { code: JSONRPC_METHOD_NOT_FOUND, message: 'Method not found' };

const isRobotMethod = (method: string): method is RobotMethod => Object.hasOwn(robotMethods, method);

/** Answers every connection's frames; the connection's SessionState is passed with each one. */
export function createRpcDispatcher(context: RpcContext): { handle(text: string, session: SessionState): Promise<string | undefined> } {
  const handlers = createHandlers(context);

  async function run(method: RobotMethod, rawParams: unknown, session: SessionState): Promise<unknown> {
    if (session.stage !== 'ready' && !PRE_READY_METHODS.includes(method)) {
      throw new RobotBridgeError('NOT_PAIRED', 'Say hello with a valid token (or pair) first.');
    }
    const parsed = (robotMethods[method].params as z.ZodType).safeParse(rawParams);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(params)', message: issue.message }));
      throw new RobotBridgeError('INVALID_ARGUMENTS', `Invalid params for ${method}.`, { fields });
    }
    return handlers[method](parsed.data, session);
  }

  // Errors that are not RobotBridgeErrors carry internals (paths, stack); the client gets INTERNAL only.
  function toErrorObject(method: string, error: unknown): JsonRpcErrorObject {
    if (error instanceof RobotBridgeError) return error.toJsonRpc();
    context.warn(`Handling ${method} failed`, { error: String(error) });
    return INTERNAL_ERROR;
  }

  return {
    async handle(text, session) {
      const message = readJsonRpc(text);
      switch (message.kind) {
        case 'request':
          if (!isRobotMethod(message.method)) return errorText(message.id, METHOD_NOT_FOUND);
          try {
            return resultText(message.id, await run(message.method, message.params, session));
          } catch (error) {
            return errorText(message.id, toErrorObject(message.method, error));
          }
        case 'notification':
          // Clients only send requests; a notification is carried out but never answered.
          if (isRobotMethod(message.method)) {
            await run(message.method, message.params, session).catch((error: unknown) => toErrorObject(message.method, error));
          }
          return undefined;
        case 'invalid':
          return message.why === 'parse'
            ? errorText(null, { code: JSONRPC_PARSE_ERROR, message: 'Parse error' })
            : errorText(message.id, { code: JSONRPC_INVALID_REQUEST, message: 'Invalid Request' });
        default:
          // Answers sent to the bridge have nothing to answer.
          return undefined;
      }
    },
  };
}

function createHandlers(context: RpcContext): Record<RobotMethod, Handler> {
  const owner = (session: SessionState): string => session.owner!;
  return {
    hello(params, session) {
      const { client, token, protocol } = params as z.infer<typeof robotMethods.hello.params>;
      session.clientName = `${client.name} ${client.version} on ${client.machine}`;
      const record = token === undefined ? undefined : context.tokens.verify(token);
      if (record && protocol === ROBOT_PROTOCOL_VERSION) {
        session.stage = 'ready';
        session.owner = record.id;
        context.pairing.forget(session.connectionId);
        return { status: 'ready', robot: context.robotInfo(), features: context.executor.features };
      }
      session.stage = 'pairing';
      session.owner = undefined;
      const pairing = context.pairing.begin(session.connectionId, session.clientName);
      return { status: 'pairing-required', pairingId: pairing.pairingId, expiresInSeconds: pairing.expiresInSeconds };
    },

    pair(params, session) {
      const { pairingId, code } = params as z.infer<typeof robotMethods.pair.params>;
      if (session.stage !== 'pairing') {
        throw new RobotBridgeError('PAIRING_REQUIRED', 'Say hello first; pairing starts from its answer.');
      }
      context.pairing.complete(session.connectionId, pairingId, code);
      const issued = context.tokens.issue(session.clientName);
      session.stage = 'ready';
      session.owner = issued.id;
      return { token: issued.token, robot: context.robotInfo() };
    },

    unpair(_params, session) {
      const id = owner(session);
      const record = context.tokens.list().find((candidate) => candidate.id === id);
      if (record && !record.preShared) context.tokens.revoke(id);
      session.stage = 'new';
      session.owner = undefined;
      context.onTokenRevoked(id);
      return {};
    },

    'robot.info': () => context.robotInfo(),
    'processes.list': () => context.executor.listProcesses(),

    async 'processes.install'(params) {
      const { key } = params as z.infer<(typeof robotMethods)['processes.install']['params']>;
      await context.executor.install(key);
      return { key, installed: true };
    },

    'jobs.start': (params, session) => context.jobs.start(owner(session), params as z.infer<(typeof robotMethods)['jobs.start']['params']>),

    'jobs.stop'(params, session) {
      const { jobId, mode } = params as z.infer<(typeof robotMethods)['jobs.stop']['params']>;
      return context.jobs.stop(owner(session), jobId, mode);
    },

    'jobs.get': (params, session) => context.jobs.get(owner(session), (params as { jobId: string }).jobId),

    'jobs.list': (params, session) =>
      context.jobs.list(owner(session), (params as z.infer<(typeof robotMethods)['jobs.list']['params']>) ?? {}),

    'jobs.message'(params, session) {
      const { jobId, channel, payload } = params as z.infer<(typeof robotMethods)['jobs.message']['params']>;
      context.jobs.message(owner(session), jobId, channel, payload);
      return {};
    },
  };
}
