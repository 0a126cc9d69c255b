export { startWebHost, RPC_PATH, MAX_RPC_PAYLOAD_BYTES, type WebHost, type WebHostOptions } from './server';
export { locateRendererDir } from './locate-renderer';
export { BATON_ERROR_RPC_CODE, EVENT_NOTIFICATION } from './rpc-server';
