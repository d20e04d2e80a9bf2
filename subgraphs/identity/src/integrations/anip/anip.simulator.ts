/**
 * Local stand-in for ANIP's CITIZEN_BY_NPI_LITE over X-Road. Knows the demo
 * persons; any other NPI starting 1-8 gets a stable invented citizen (so tests
 * can sign up new people), NPIs starting with 9 are unknown. Phones of
 * invented citizens are +229 01 + the NPI's last 8 digits, except NPIs
 * starting with 6: ANIP has no phone for them.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import { DEMO } from '@simveb/platform/demo';
import { ANIP_SERVICE_PATH, type AnipCitizen } from './anip.protocol';

const FIRST = ['Adjoa', 'Koffi', 'Afiavi', 'Sèdjro', 'Mahougnon', 'Rachidatou', 'Codjo', 'Nafissatou', 'Euloge', 'Bignon'];
const COMMUNES = ['Cotonou', 'Abomey-Calavi', 'Porto-Novo', 'Parakou', 'Bohicon', 'Ouidah', 'Lokossa', 'Natitingou', 'Djougou', 'Kandi'];
const LAST = ['HOUNKPATIN', 'AGBODJAN', 'SANNI', 'DOSSOU', 'ZINSOU', 'AHOYO', 'GBAGUIDI', 'KPADONOU', 'TOSSOU', 'ADJOVI'];

export function inventedCitizen(npi: string): AnipCitizen {
  const h = createHash('sha256').update(npi).digest();
  return {
    npi,
    nom: LAST[h[0]! % LAST.length]!,
    prenoms: FIRST[h[1]! % FIRST.length]!,
    date_naissance: `19${70 + (h[2]! % 30)}-${String(1 + (h[3]! % 12)).padStart(2, '0')}-${String(1 + (h[4]! % 28)).padStart(2, '0')}`,
    lieu_naissance: 'Cotonou',
    // Citizens whose NPI starts with 6 never gave ANIP a phone (they enrol at a counter).
    telephone: npi.startsWith('6') ? null : `+22901${npi.slice(-8)}`,
    email: null,
    adresse: 'Cotonou, Littoral',
    // Most invented citizens live where the demo centres have agents; some elsewhere.
    commune: h[5]! % 4 === 0 ? COMMUNES[h[6]! % COMMUNES.length]! : h[5]! % 2 ? 'Cotonou' : 'Abomey-Calavi',
  };
}

export function createSimulator(): http.Server {
  const known = new Map<string, AnipCitizen>(
    Object.values(DEMO.persons).map((p) => [
      p.npi,
      { npi: p.npi, nom: p.lastName, prenoms: p.firstName, date_naissance: '1990-01-01', lieu_naissance: 'Cotonou', telephone: p.phone, email: p.email, adresse: p.commune, commune: p.commune },
    ]),
  );
  const app = express();
  app.get(ANIP_SERVICE_PATH, (req, res) => {
    if (!req.header('X-Road-Client')) {
      res.status(403).json({ type: 'Server.ClientProxy.NoClient', message: 'X-Road-Client header required' });
      return;
    }
    const npi = String(req.query.npi ?? '');
    if (!/^\d{10}$/.test(npi)) {
      res.status(400).json({ type: 'Client.BadRequest', message: 'npi must be 10 digits' });
      return;
    }
    const citizen = known.get(npi) ?? (npi.startsWith('9') ? undefined : inventedCitizen(npi));
    if (!citizen) {
      res.status(404).json({ type: 'Client.NotFound', message: 'Aucun citoyen pour ce NPI' });
      return;
    }
    res.json(citizen);
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'anip-simulator' });
  });
  return http.createServer(app);
}
