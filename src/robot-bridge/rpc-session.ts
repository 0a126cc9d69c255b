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
import { authMessage, isClientProofValid, randomNonce, serverProof } from '../shared/robot-auth';
import { PRE_READY_METHODS, robotMethods, type RobotInfo, type RobotMethod } from '../shared/robot-protocol';
import { RobotBridgeError } from './errors';
import type { Executor } from './executors';
import type { JobManager } from './job-manager';
import type { PairingManager } from './pairing';
import type { TokenStore } from './token-store';

/** What one connection knows about itself: where it is in the handshake and whose token it holds. */
export interface SessionState {
  connectionId: string;
  stage: 'new' | 'challenged' | 'pairing' | 'ready';
  clientName: string;
  /** The id of the token this connection proved; the owner of the jobs it starts. */
  owner: string | undefined;
  /** While challenged: the pairing named in hello and the message the client's proof must sign. */
  challenge?: { tokenId: string; storedKey: string; message: string };
}

/** Names come from the client: control and format characters (escapes, bidi overrides) never reach a terminal or a notification. */
export function cleanClientText(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface RpcContext {
  pairing: PairingManager;
  tokens: TokenStore;
  jobs: JobManager;
  executor: Executor;
  robotInfo(): RobotInfo;
  /** A token was revoked through `unpair`: the other connections holding it are closed. */
  onTokenRevoked(owner: string, by: SessionState): void;
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

/** What to send back for one frame: nothing, an answer now, or an answer once the executor is done. */
export type RpcAnswer = string | undefined | Promise<string | undefined>;

/**
 * Answers every connection's frames; the connection's SessionState is passed with each one. An answer
 * that needs no waiting is returned at once, so it leaves in the same write as the notifications the
 * call caused (src/robot-bridge/server.ts).
 */
export function createRpcDispatcher(context: RpcContext): { handle(text: string, session: SessionState): RpcAnswer } {
  const handlers = createHandlers(context);

  /** The handler's result: a value, or a promise for the few that wait on the executor. Throws when refused. */
  function run(method: RobotMethod, rawParams: unknown, session: SessionState): unknown {
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
    handle(text, session) {
      const message = readJsonRpc(text);
      switch (message.kind) {
        case 'request': {
          const { id, method } = message;
          if (!isRobotMethod(method)) return errorText(id, METHOD_NOT_FOUND);
          const refuse = (error: unknown): string => errorText(id, toErrorObject(method, error));
          try {
            const result = run(method, message.params, session);
            return isPromiseLike(result) ? Promise.resolve(result).then((value) => resultText(id, value), refuse) : resultText(id, result);
          } catch (error) {
            return refuse(error);
          }
        }
        case 'notification': {
          // Clients only send requests; a notification is carried out but never answered.
          const { method } = message;
          if (!isRobotMethod(method)) return undefined;
          try {
            const result = run(method, message.params, session);
            if (isPromiseLike(result)) Promise.resolve(result).catch((error: unknown) => toErrorObject(method, error));
          } catch (error) {
            toErrorObject(method, error);
          }
          return undefined;
        }
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

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null | undefined)?.then === 'function';

function createHandlers(context: RpcContext): Record<RobotMethod, Handler> {
  const owner = (session: SessionState): string => session.owner!;
  return {
    async hello(params, session) {
      const { client, tokenId, clientNonce } = params as z.infer<typeof robotMethods.hello.params>;
      const clean = (text: string, fallback: string) => cleanClientText(text) || fallback;
      session.clientName = `${clean(client.name, 'unnamed client')} ${clean(client.version, '?')} on ${clean(client.machine, 'unknown machine')}`;
      session.stage = 'new';
      session.owner = undefined;
      session.challenge = undefined;
      const record = tokenId === undefined ? undefined : await context.tokens.find(tokenId);
      if (record) {
        // The bridge answers the client's nonce first: a program squatting on the port cannot, and the
        // client sends it nothing more.
        const serverNonce = randomNonce();
        const message = authMessage({ tokenId: record.id, clientNonce, serverNonce });
        session.stage = 'challenged';
        session.challenge = { tokenId: record.id, storedKey: record.storedKey, message };
        context.pairing.forget(session.connectionId);
        return { status: 'challenge', serverNonce, serverProof: await serverProof(record.serverKey, message) };
      }
      const pairing = context.pairing.begin(session.connectionId, session.clientName);
      session.stage = 'pairing';
      return { status: 'pairing-required', pairingId: pairing.pairingId, expiresInSeconds: pairing.expiresInSeconds };
    },

    async authenticate(params, session) {
      const { clientProof } = params as z.infer<typeof robotMethods.authenticate.params>;
      const challenge = session.challenge;
      // One proof per challenge: a wrong one needs a new hello (and a new nonce).
      session.challenge = undefined;
      if (session.stage !== 'challenged' || !challenge) {
        throw new RobotBridgeError('PAIRING_REQUIRED', 'Say hello with your pairing first; authenticate answers its challenge.');
      }
      session.stage = 'new';
      const isValid = await isClientProofValid(challenge.storedKey, challenge.message, clientProof);
      // Revoked while the proof was on its way: refused like a wrong proof.
      if (!isValid || !(await context.tokens.find(challenge.tokenId))) {
        throw new RobotBridgeError('AUTH_FAILED', 'The pairing proof is not right; pair again.');
      }
      session.stage = 'ready';
      session.owner = challenge.tokenId;
      return { status: 'ready', robot: context.robotInfo(), features: context.executor.features };
    },

    async pair(params, session) {
      const { pairingId, code } = params as z.infer<typeof robotMethods.pair.params>;
      if (session.stage !== 'pairing') {
        throw new RobotBridgeError('PAIRING_REQUIRED', 'Say hello first; pairing starts from its answer.');
      }
      context.pairing.complete(session.connectionId, pairingId, code);
      const issued = await context.tokens.issue(session.clientName);
      session.stage = 'ready';
      session.owner = issued.id;
      return { token: issued.token, robot: context.robotInfo() };
    },

    async unpair(_params, session) {
      const id = owner(session);
      const record = await context.tokens.find(id);
      session.stage = 'new';
      session.owner = undefined;
      if (record && !record.preShared) {
        context.tokens.revoke(id);
        context.onTokenRevoked(id, session);
      }
      return {};
    },

    'robot.info': () => context.robotInfo(),
    'processes.list': () => context.executor.listProcesses(),

    async 'processes.install'(params) {
      const { key } = params as z.infer<(typeof robotMethods)['processes.install']['params']>;
      await context.executor.install(key);
      return { key, installed: true };
    },

    'processes.offer'(params) {
      const { processes } = params as z.infer<(typeof robotMethods)['processes.offer']['params']>;
      if (!context.executor.offerProcesses) {
        throw new RobotBridgeError('NOT_SUPPORTED', `The ${context.executor.name} executor does not run Orchestrator processes by name.`);
      }
      return { accepted: context.executor.offerProcesses(processes) };
    },

    'jobs.start': (params, session) => context.jobs.start(owner(session), params as z.infer<(typeof robotMethods)['jobs.start']['params']>),

    'jobs.stop'(params, session) {
      const { jobId, mode } = params as z.infer<(typeof robotMethods)['jobs.stop']['params']>;
      return context.jobs.stop(owner(session), jobId, mode);
    },

    'jobs.get': (params, session) => context.jobs.get(owner(session), (params as { jobId: string }).jobId),

    'jobs.list': (params, session) =>
      context.jobs.list(owner(session), (params as z.infer<(typeof robotMethods)['jobs.list']['params']>) ?? {}),

    'jobs.pause': (params, session) => context.jobs.setPaused(owner(session), (params as { jobId: string }).jobId, true),
    'jobs.resume': (params, session) => context.jobs.setPaused(owner(session), (params as { jobId: string }).jobId, false),

    'jobs.message'(params, session) {
      const { jobId, channel, payload } = params as z.infer<(typeof robotMethods)['jobs.message']['params']>;
      context.jobs.message(owner(session), jobId, channel, payload);
      return {};
    },
  };
}
