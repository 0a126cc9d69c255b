// A robot bridge alone in its own process, so its memory can be read without the clients'.
// Started by bench/metrics/local-bridge.ts with `--import tsx --expose-gc`; talks over the IPC channel.
import { systemClock } from '../../src/robot-bridge';
import { BENCH_ROBOT_TOKEN, startBenchBridge } from './robot';

const bridge = await startBenchBridge({ processes: [{ key: 'idle', name: 'Idle', durationMs: 1_000 }] }, systemClock, [BENCH_ROBOT_TOKEN]);

process.on('message', (message: unknown) => {
  if (message === 'memory') {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    process.send?.({ memory: process.memoryUsage() });
  } else if (message === 'stop') {
    void bridge.close().then(() => process.exit(0));
  }
});
process.send?.({ url: bridge.url });
