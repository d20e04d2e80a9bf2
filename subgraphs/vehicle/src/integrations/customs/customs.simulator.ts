/**
 * Local stand-in for the customs declaration look-up. Any reference
 * C-<year>-<digits> is a declaration of a vehicle from the seeded catalogue,
 * with a VIN derived from the reference; references ending in 9 have duties
 * unpaid; references starting with X do not exist.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import { CATALOGUE } from '../../seed/catalogue.data';
import { computeCheckDigit, isNorthAmerican } from '../../vehicle/vin';

const CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const ENERGIES = ['PETROL', 'DIESEL', 'PETROL', 'HYBRID'];

export function declarationFor(reference: string) {
  const h = createHash('sha256').update(reference).digest();
  const entry = CATALOGUE[h[0]! % CATALOGUE.length]!;
  const [model] = entry.models[h[1]! % entry.models.length]!;
  const body = [...h.subarray(2, 16)].map((b) => CHARS[b % CHARS.length]).join('');
  let vin = `${entry.wmi}${body}`.slice(0, 17);
  if (isNorthAmerican(vin)) vin = vin.slice(0, 8) + computeCheckDigit(vin) + vin.slice(9);
  return {
    numero: reference,
    chassis: vin,
    marque: entry.brand,
    modele: model,
    annee: 2012 + (h[16]! % 14),
    energie: ENERGIES[h[17]! % ENERGIES.length]!,
    bureau: 'Cotonou Port',
    date_declaration: '2026-10-01',
    droits_acquittes: !reference.endsWith('9'),
    montant_droits: 450_000 + (h[18]! % 50) * 10_000,
  };
}

export function createSimulator(): http.Server {
  const app = express();
  app.get('/api/v1/declarations/:reference', (req, res) => {
    const reference = req.params.reference;
    if (reference.startsWith('X') || !/^C-\d{4}-\d{3,10}$/.test(reference)) {
      res.status(404).json({ message: 'Déclaration introuvable' });
      return;
    }
    res.json(declarationFor(reference));
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'customs-simulator' });
  });
  return http.createServer(app);
}
