/**
 * Fixed identifiers of the demo data (embedded default only). Each subgraph
 * seeds its own facts about them, so the graph joins up without any subgraph
 * reading another's tables.
 */
export const DEMO = {
  persons: {
    citizen: { id: '0190a000-0000-7000-8000-000000000001', npi: '1234567890', firstName: 'Adjoa', lastName: 'HOUNKPATIN', email: 'citizen@demo.simveb.bj', phone: '+22990000001', commune: 'Cotonou' },
    citizen2: {
      id: '0190a000-0000-7000-8000-000000000002',
      npi: '2345678901',
      firstName: 'Koffi',
      lastName: 'AGBODJAN',
      email: 'citizen2@demo.simveb.bj',
      phone: '+22990000002',
      commune: 'Abomey-Calavi',
    },
    agent: { id: '0190a000-0000-7000-8000-000000000003', npi: '3456789012', firstName: 'Rachidatou', lastName: 'SANNI', email: 'agent@demo.simveb.bj', phone: '+22990000003', commune: 'Cotonou' },
    manager: { id: '0190a000-0000-7000-8000-000000000004', npi: '4567890123', firstName: 'Euloge', lastName: 'DOSSOU', email: 'manager@demo.simveb.bj', phone: '+22990000004', commune: 'Cotonou' },
    admin: { id: '0190a000-0000-7000-8000-000000000005', npi: '5678901234', firstName: 'Mireille', lastName: 'AHOUANDJINOU', email: 'admin@demo.simveb.bj', phone: '+22990000005', commune: 'Cotonou' },
    bank: { id: '0190a000-0000-7000-8000-000000000006', npi: '6789012345', firstName: 'Serge', lastName: 'KPOGNON', email: 'bank@demo.simveb.bj', phone: '+22990000006', commune: 'Cotonou' },
    clerk: { id: '0190a000-0000-7000-8000-000000000008', npi: '8901234567', firstName: 'Codjo', lastName: 'GBAGUIDI', email: 'clerk@demo.simveb.bj', phone: '+22990000008', commune: 'Cotonou' },
    judge: { id: '0190a000-0000-7000-8000-000000000009', npi: '8012345678', firstName: 'Nafissatou', lastName: 'ADJOVI', email: 'judge@demo.simveb.bj', phone: '+22990000009', commune: 'Cotonou' },
    agent2: { id: '0190a000-0000-7000-8000-000000000010', npi: '9012345678', firstName: 'Ibrahim', lastName: 'ZOUNON', email: 'agent2@demo.simveb.bj', phone: '+22990000010', commune: 'Parakou' },
    printer: { id: '0190a000-0000-7000-8000-000000000007', npi: '7890123456', firstName: 'Bignon', lastName: 'TOSSOU', email: 'printer@demo.simveb.bj', phone: '+22990000007', commune: 'Cotonou' },
    dealer: { id: '0190a000-0000-7000-8000-000000000011', npi: '6123456789', firstName: 'Romuald', lastName: 'HOUNSOU', email: 'dealer@demo.simveb.bj', phone: '+22990000011', commune: 'Cotonou' },
  },
  /** Approved affiliates of the demo: a bank (pledges, wallet), a plate printer, an insurer (a read-only partner) and a car dealer (imports, first registrations for customers). */
  affiliates: {
    bank: { id: '0190a000-0000-7000-8000-000000000201', name: 'Banque Démo du Bénin', kind: 'BANK' },
    printer: { id: '0190a000-0000-7000-8000-000000000202', name: 'Imprimerie Démo des Plaques', kind: 'PLATE_PRINTER' },
    insurer: { id: '0190a000-0000-7000-8000-000000000203', name: 'Assurances Démo du Bénin', kind: 'INSURER' },
    dealer: { id: '0190a000-0000-7000-8000-000000000204', name: 'Auto Démo Cotonou', kind: 'DEALER' },
  },
  /**
   * The insurer's partner API key (scopes vehicles:read, holders:read), printed by `npm start`.
   * Public on purpose: the demo seed refuses to run in production, so this key never exists there.
   */
  partnerKey: {
    id: '0190a000-0000-7000-8000-000000000301',
    prefix: 'de0000000001',
    secret: 'demo-insurer-read-only-key-not-a-secret-000',
    key: 'sk_de0000000001_demo-insurer-read-only-key-not-a-secret-000',
    scopes: ['vehicles:read', 'holders:read'],
  },
  companies: {
    transport: { id: '0190a000-0000-7000-8000-000000000101', ifu: '3201900012345', name: 'Trans-Ouémé SARL' },
  },
  /** Vehicles: the first three are held by the demo citizens; the rest form a fleet for lists and benchmarks. */
  vehicleId: (n: number) => `0190a001-0000-7000-8000-${String(n).padStart(12, '0')}`,
  fleetSize: 150,
  demandId: (n: number) => `0190a002-0000-7000-8000-${String(n).padStart(12, '0')}`,
} as const;

/** Which demo vehicle is held by whom: 1-2 citizen, 3 citizen2, the fleet by the company. */
export function demoHolderOf(n: number): { id: string; type: 'PERSON' | 'COMPANY' } {
  if (n <= 2) return { id: DEMO.persons.citizen.id, type: 'PERSON' };
  if (n === 3) return { id: DEMO.persons.citizen2.id, type: 'PERSON' };
  return { id: DEMO.companies.transport.id, type: 'COMPANY' };
}
