import { startRobotJsEmulator, type RobotJsEmulator } from '../../test/support/robotjs-emulator';
import type { LocalJob } from '../../src/shared/robot-protocol';
import type { Metric, MetricResult } from '../lib/result';
import { BENCH_ROBOT_TOKEN, createStepClock, startBenchBridge, startClient, waitForState } from '../lib/robot';
import { elapsedMs, median, now, quantile, ratioOf } from '../lib/stats';

const POLL_MS = 250;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A RobotJS-style client (what `@uipath/robot` does): InvokeRobot, then JobStatus until the state
 * is final, either every 250 ms or as long polls. Returns the delay from the emulated robot
 * finishing the job (at a random moment) to this client seeing it.
 */
async function robotJsCompletionDelay(emulator: RobotJsEmulator, mode: 'poll' | 'long-poll'): Promise<number> {
  const discovery = (await (await fetch(`http://127.0.0.1:${emulator.discoveryPort}/GetPort`)).json()) as { Port: number };
  const base = `http://127.0.0.1:${discovery.Port}`;
  const invoked = (await (await fetch(`${base}/InvokeRobot?robotProcessId=work`, { method: 'POST', body: '{}' })).json()) as {
    response: { JobId: string };
  };
  const jobId = invoked.response.JobId;
  let finishedAt: bigint | undefined;
  // The job ends at a random moment, independent of the client's polling phase.
  const finisher = pause(50 + Math.random() * 2 * POLL_MS).then(() => {
    finishedAt = now();
    emulator.update(jobId, { state: 1 });
  });
  for (;;) {
    const status = (await (await fetch(`${base}/JobStatus?jobId=${jobId}`)).json()) as { response: { State: number } };
    if (status.response.State !== 0) {
      await finisher;
      return elapsedMs(finishedAt!);
    }
    if (mode === 'poll') await pause(POLL_MS);
  }
}

export const pushedVsPolling: Metric = {
  id: '6-pushed-vs-polling',
  title: 'local completion notification: pushed events vs RobotJS-style polling',
  async run({ isQuick, log }) {
    const samples = isQuick ? 10 : 30;
    const clock = createStepClock();
    const bridge = await startBenchBridge({ concurrentJobs: true, processes: [{ key: 'work', name: 'Work', durationMs: 1 }] }, clock);
    const { client, stop } = await startClient(bridge.url, BENCH_ROBOT_TOKEN);
    const pushed: number[] = [];
    try {
      await waitForState(client, 'ready');
      for (let i = 0; i < samples + 1; i += 1) {
        const job = await client.startJob('work');
        await pause(Math.random() * 20);
        const seen = new Promise<number>((resolve) => {
          const off = client.onJobUpdated((update: LocalJob) => {
            if (update.jobId !== job.jobId || update.state !== 'successful') return;
            off();
            resolve(elapsedMs(start));
          });
        });
        const start = now();
        clock.advance(1);
        const ms = await seen;
        if (i > 0) pushed.push(ms);
      }
    } finally {
      await stop();
      await bridge.close();
    }

    const polled: number[] = [];
    const longPolled: number[] = [];
    const processes = [{ Key: 'work', Name: 'Work' }];
    const pollEmulator = await startRobotJsEmulator({ processes, features: ['InstallProcess', 'UseGivenJobId'] });
    const longEmulator = await startRobotJsEmulator({ processes, longPollMs: 10_000 });
    try {
      for (let i = 0; i < samples; i += 1) {
        polled.push(await robotJsCompletionDelay(pollEmulator, 'poll'));
        longPolled.push(await robotJsCompletionDelay(longEmulator, 'long-poll'));
      }
    } finally {
      await pollEmulator.close();
      await longEmulator.close();
    }
    log(
      `pushed p50 ${median(pushed).toFixed(2)} ms; 250 ms poll p50 ${median(polled).toFixed(1)} ms; long poll p50 ${median(longPolled).toFixed(2)} ms`,
    );
    const rows: MetricResult[] = [
      {
        name: 'local.completion.p50',
        value: median(pushed),
        unit: 'ms',
        baseline: median(polled),
        ratio: ratioOf(median(pushed), median(polled)),
        budget: null,
        pass: null,
        note: `job end on the bridge → job.updated in Baton's robot client, vs a RobotJS-style client polling JobStatus every ${POLL_MS} ms against the emulated RobotJS service; ${samples} jobs each`,
      },
      {
        name: 'local.completion.p95',
        value: quantile(pushed, 0.95),
        unit: 'ms',
        baseline: quantile(polled, 0.95),
        ratio: ratioOf(quantile(pushed, 0.95), quantile(polled, 0.95)),
        budget: null,
        pass: null,
      },
      {
        name: 'local.completion.vs-long-poll.p50',
        value: median(pushed),
        unit: 'ms',
        baseline: median(longPolled),
        ratio: ratioOf(median(pushed), median(longPolled)),
        budget: null,
        pass: null,
        note: 'baseline: the same RobotJS-style client with JobStatus long polling (the emulator answers as soon as the job changes)',
      },
    ];
    return rows;
  },
};
