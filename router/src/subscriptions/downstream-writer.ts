import type { ExecutionResult } from 'graphql';
import type WebSocket from 'ws';
import { eventsDelivered, slowConsumers } from '../metrics';

/** Close code for a client that reads too slowly: its unsent events passed the bound (graphql-ws clients reconnect). */
export const SLOW_CONSUMER_CLOSE = 4413;

/**
 * Writes one downstream subscription's events to its socket, bypassing
 * graphql-ws' per-subscriber serialisation: the shared payload arrives
 * already serialised and only the frame around it is per subscriber. A
 * socket whose send buffer passes `maxBufferedBytes` is closed at once with
 * 4413, so one slow reader never holds events (or memory) for the others.
 */
export class DownstreamWriter {
  private readonly prefix: string;
  private ended = false;
  private endListener: ((last?: ExecutionResult) => void) | undefined;
  private pending: ExecutionResult | undefined | null = null;

  constructor(
    private readonly socket: WebSocket,
    id: string,
    private readonly maxBufferedBytes: number,
    private readonly onSlow: () => void,
  ) {
    this.prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  }

  next(payloadJson: string): void {
    if (this.ended) return;
    const socket = this.socket;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > this.maxBufferedBytes) {
      // Leave the group now: nothing more is executed or queued for this subscriber.
      this.end();
      slowConsumers.inc();
      this.onSlow();
      return;
    }
    socket.send(this.prefix + payloadJson + '}');
    eventsDelivered.inc();
  }

  /** Called once with the last result (if any) when the member must stop. */
  onEnd(listener: (last?: ExecutionResult) => void): void {
    this.endListener = listener;
    if (this.pending !== null) listener(this.pending);
  }

  end(last?: ExecutionResult): void {
    if (this.ended) return;
    this.ended = true;
    if (this.endListener) this.endListener(last);
    else this.pending = last;
  }
}

/**
 * Closes a socket that reads too slowly. Its subscriptions end at once (no
 * more events are queued for it); the close frame waits behind what is
 * already buffered, and a client that has not read it within 10 s is cut.
 */
export function closeSlowConsumer(socket: WebSocket): void {
  if (socket.readyState !== socket.OPEN) return;
  socket.close(SLOW_CONSUMER_CLOSE, 'Too many undelivered events: the client reads too slowly.');
  setTimeout(() => socket.terminate(), 10_000).unref();
}
