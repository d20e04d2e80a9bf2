/**
 * Development SMS/e-mail sink: accepts what the gateway would deliver and
 * shows it at `GET /messages?to=<phone or e-mail>` (newest last). Nothing
 * leaves the machine.
 */
import http from 'node:http';
import express from 'express';
import type { OutgoingMessage } from './messenger';

interface Stored extends OutgoingMessage {
  id: number;
  at: string;
}

export function createSimulator(): http.Server {
  const inbox: Stored[] = [];
  let next = 1;
  const app = express();
  app.use(express.json());
  app.post('/messages', (req, res) => {
    const m = req.body as OutgoingMessage;
    if (!m?.to || !m?.body || (m.channel !== 'sms' && m.channel !== 'email')) {
      res.status(400).json({ error: 'channel (sms|email), to and body are required' });
      return;
    }
    // Like real gateways' client references: a repeated key is acknowledged, not delivered twice.
    if (m.idempotencyKey && inbox.some((x) => x.idempotencyKey === m.idempotencyKey)) {
      res.status(200).json({ accepted: true, duplicate: true });
      return;
    }
    inbox.push({ ...m, id: next++, at: new Date().toISOString() });
    if (inbox.length > 10_000) inbox.shift();
    res.status(202).json({ accepted: true });
  });
  app.get('/messages', (req, res) => {
    const to = req.query.to ? String(req.query.to) : undefined;
    res.json(to ? inbox.filter((m) => m.to === to) : inbox.slice(-200));
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'messaging-sink' });
  });
  return http.createServer(app);
}
