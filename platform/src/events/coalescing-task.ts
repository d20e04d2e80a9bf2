import { outsideTransaction } from '../db/transaction-scope';

/**
 * Runs a task on a timer and on demand, never twice at once: a kick while it
 * runs makes it run once more right after (so no wake-up is lost, and a burst
 * of kicks costs one extra run). Failures are logged and retried on the next kick.
 */
export class CoalescingTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly onError: (err: unknown) => void,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.intervalMs);
    this.timer.unref();
    this.kick();
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // A kick may come from inside a transaction: the run is not part of it.
    this.running = outsideTransaction(() => this.task())
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  isStarted(): boolean {
    return !this.stopped;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }
}
