import { fetchTransient, resilient } from '../integrations/resilient';
import { counter } from '../metrics/registry';
import { inSpan, SpanKind, traceHeaders } from '../telemetry/tracing';

const sent = counter('simveb_messages_sent_total', 'SMS and e-mails handed to the messaging gateway, by channel and outcome (sent, failed after retries).', ['channel', 'outcome']);

export interface OutgoingMessage {
  channel: 'sms' | 'email';
  /** +229… phone number or e-mail address. */
  to: string;
  subject?: string;
  body: string;
  /** Same key, same message: the gateway delivers it once even if we send it again after a crash. */
  idempotencyKey?: string;
}

/** Sends SMS and e-mail. The domain knows only this. */
export interface Messenger {
  send(message: OutgoingMessage): Promise<void>;
}

/**
 * Adapter for an HTTP messaging gateway (`POST /messages`). In development
 * and tests it points at the local sink, whose inbox shows the codes sent.
 */
export class HttpMessenger implements Messenger {
  private readonly call = resilient('the SMS gateway', { timeoutMs: 3_000, retries: 2 });

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey = '',
  ) {}

  async send(message: OutgoingMessage): Promise<void> {
    try {
      await inSpan(`send ${message.channel}`, SpanKind.CLIENT, { 'messaging.system': 'sms-gateway', 'messaging.operation.name': 'send' }, () => this.deliver(message));
      sent.inc({ channel: message.channel, outcome: 'sent' });
    } catch (err) {
      sent.inc({ channel: message.channel, outcome: 'failed' });
      throw err;
    }
  }

  private async deliver(message: OutgoingMessage): Promise<void> {
    await this.call(async (signal) => {
      const res = await fetchTransient('the SMS gateway', new URL('/messages', this.baseUrl).toString(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...traceHeaders(), ...(this.apiKey && { authorization: `Bearer ${this.apiKey}` }) },
        body: JSON.stringify(message),
        signal,
      });
      if (!res.ok) throw new Error(`messaging gateway refused the message: ${res.status}`);
    });
  }
}
