import type { z } from 'zod';
import { appEvents, appMethods } from './contract/app';
import { catalogEvents, catalogMethods } from './contract/catalog';
import { connectivityEvents, connectivityMethods } from './contract/connectivity';
import { diagnosticsEvents, diagnosticsMethods } from './contract/diagnostics';
import { inputsMethods } from './contract/inputs';
import { jobsMethods } from './contract/jobs';
import { remindersEvents, remindersMethods } from './contract/reminders';
import { policyEvents, policyMethods } from './contract/policy';
import { robotEvents, robotMethods } from './contract/robot';
import { runsEvents, runsMethods } from './contract/runs';
import { sessionEvents, sessionMethods } from './contract/session';
import { preferencesEvents, preferencesMethods } from './contract/preferences';
import type { MethodSpec } from './contract/method-spec';

/**
 * The BatonApi contract: the only way a UI (renderer, web page, CLI) reaches the core.
 * Each method has a zod schema for its params, checked on the core's side of every host
 * before a service sees them, and one for its result. Hosts bind this table generically.
 */
// Each domain declares its methods and events in src/shared/contract/<domain>.ts; this is the union.
export const methods = {
  ...appMethods,
  ...sessionMethods,
  ...catalogMethods,
  ...runsMethods,
  ...robotMethods,
  ...diagnosticsMethods,
  ...preferencesMethods,
  ...policyMethods,
  ...connectivityMethods,
  ...inputsMethods,
  ...remindersMethods,
  ...jobsMethods,
} as const satisfies Record<string, MethodSpec>;

/** Events the core pushes; each listener gets the payload parsed by its schema. */
export const events = {
  ...appEvents,
  ...sessionEvents,
  ...catalogEvents,
  ...runsEvents,
  ...robotEvents,
  ...diagnosticsEvents,
  ...preferencesEvents,
  ...policyEvents,
  ...connectivityEvents,
  ...remindersEvents,
} as const satisfies Record<string, z.ZodType>;

export type { MethodSpec };

export type MethodName = keyof typeof methods;
export type EventName = keyof typeof events;
export type ParamsOf<M extends MethodName> = z.input<(typeof methods)[M]['params']>;
export type ResultOf<M extends MethodName> = z.output<(typeof methods)[M]['result']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(methods, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

/** The flat form every host binds: one async function per method name. */
export type BatonHandlers = { [M in MethodName]: (params: z.output<(typeof methods)[M]['params']>) => Promise<ResultOf<M>> };
/** One domain's slice of the handlers: the methods named `<prefix>.…`. */
export type HandlersFor<Prefix extends string> = Pick<BatonHandlers, Extract<MethodName, `${Prefix}.${string}`>>;

export type Unsubscribe = () => void;
export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;

/** Where events come from, in every host. */
export interface BatonEventSource {
  on<E extends EventName>(event: E, listener: EventListener<E>): Unsubscribe;
}

type MethodFunction<M extends MethodName> =
  Record<string, never> extends ParamsOf<M>
    ? (params?: ParamsOf<M>) => Promise<ResultOf<M>>
    : (params: ParamsOf<M>) => Promise<ResultOf<M>>;

/** `'session.profiles.list'` → `{ session: { profiles: { list: fn } } }`. */
type NestedMethod<Path extends string, M extends MethodName> = Path extends `${infer Head}.${infer Rest}`
  ? { [K in Head]: NestedMethod<Rest, M> }
  : { [K in Path]: MethodFunction<M> };

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/**
 * The nested form a UI uses: `api.session.status()`, `api.session.profiles.list()`,
 * `api.on('session.changed', fn)`. Methods without params take none; the others take their params object.
 */
export type BatonApi = UnionToIntersection<{ [M in MethodName]: NestedMethod<M, M> }[MethodName]> & BatonEventSource;

/**
 * Builds the nested BatonApi from one generic `call` and `on`: every host's client side
 * (preload, web socket client, tests) uses this, so no method is ever wired by hand.
 */
export function createApiFacade(call: (method: MethodName, params: unknown) => Promise<unknown>, on: BatonEventSource['on']): BatonApi {
  const facade: Record<string, unknown> = { on };
  for (const name of methodNames) {
    const path = name.split('.');
    const action = path.pop() as string;
    let group = facade;
    for (const segment of path) group = (group[segment] ??= {}) as Record<string, unknown>;
    group[action] = (params?: unknown) => call(name, params ?? {});
  }
  return facade as unknown as BatonApi;
}
