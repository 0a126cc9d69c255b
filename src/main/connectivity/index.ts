export { createReachabilityMonitor, originOf, type OriginState, type Reachability, type ReachabilityMonitor } from './reachability';
export { DEFAULT_PROBE_POLICY, nextProbeDelay, type ProbePolicy } from './probe-policy';
export { createRemoteGate, remoteRefusal, clockTime, hostOf } from './remote-gate';
export { profilesFromSession, type ConnectivityProfiles } from './profiles';
export { createConnectivityService, type ConnectivityService, type ConnectivityServiceDeps } from './connectivity-service';
export { connectivityHandlers } from './handlers';
