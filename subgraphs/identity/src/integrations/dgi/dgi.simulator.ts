/**
 * Local stand-in for DGI's taxpayer look-up. Knows the demo company; invents a
 * stable company for any other well-formed IFU whose sequence does not start
 * with 9 (those are unknown).
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import { DEMO } from '@simveb/platform/demo';

const NAMES = ['Bénin Auto Services', 'Trans-Atlantique Logistique', 'Cotonou Motors', 'Parakou Transport', 'Ouidah Location', 'Porto-Novo Négoce'];
const FORMS = ['SARL', 'SA', 'SAS', 'SARLU'];

export function createSimulator(): http.Server {
  const app = express();
  app.get('/api/contribuables/:ifu', (req, res) => {
    const ifu = req.params.ifu;
    if (!/^\d{13}$/.test(ifu)) {
      res.status(400).json({ message: 'IFU invalide' });
      return;
    }
    const demo = Object.values(DEMO.companies).find((c) => c.ifu === ifu);
    if (demo) {
      res.json({ ifu, raison_sociale: demo.name, rccm: 'RB/COT/19 B 12345', adresse: 'Akpakpa, Cotonou' });
      return;
    }
    if (ifu[5] === '9') {
      res.status(404).json({ message: 'Contribuable inconnu' });
      return;
    }
    const h = createHash('sha256').update(ifu).digest();
    res.json({
      ifu,
      raison_sociale: `${NAMES[h[0]! % NAMES.length]} ${FORMS[h[1]! % FORMS.length]}`,
      rccm: `RB/COT/${ifu.slice(3, 5)} B ${ifu.slice(5, 10)}`,
      adresse: 'Cotonou',
    });
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'dgi-simulator' });
  });
  return http.createServer(app);
}
