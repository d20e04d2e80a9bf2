import { createHash } from 'node:crypto';
import { ApiKey } from '../api-key/api-key.entity';
import { hash } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@simveb/platform/auth/actor';
import { DEMO } from '@simveb/platform/demo';
import { Account, AccountStatus } from '../account/account.entity';
import { Profile, ProfileKind } from '../account/profile.entity';
import { Affiliate, AffiliateKind, AffiliateStatus } from '../affiliate/affiliate.entity';
import { Company } from '../company/company.entity';
import { Person } from '../person/person.entity';

/** The demo accounts of docs/api.md. Passwords are public: the seed never runs in production. */
const ACCOUNTS: { who: keyof typeof DEMO.persons; password: string; kind: ProfileKind; roles: Role[] }[] = [
  { who: 'citizen', password: 'Demo-Citizen-2026', kind: ProfileKind.CITIZEN, roles: ['CITIZEN'] },
  { who: 'citizen2', password: 'Demo-Citizen-2026', kind: ProfileKind.CITIZEN, roles: ['CITIZEN'] },
  { who: 'agent', password: 'Demo-Agent-2026', kind: ProfileKind.STAFF, roles: ['AGENT'] },
  { who: 'agent2', password: 'Demo-Agent-2026', kind: ProfileKind.STAFF, roles: ['AGENT'] },
  { who: 'manager', password: 'Demo-Manager-2026', kind: ProfileKind.STAFF, roles: ['DEMAND_MANAGER', 'SERVICE_HEAD'] },
  { who: 'admin', password: 'Demo-Admin-2026', kind: ProfileKind.STAFF, roles: ['ADMIN'] },
  { who: 'bank', password: 'Demo-Bank-2026', kind: ProfileKind.AFFILIATE, roles: ['AFFILIATE_ADMIN'] },
  { who: 'clerk', password: 'Demo-Clerk-2026', kind: ProfileKind.STAFF, roles: ['COURT_CLERK'] },
  { who: 'judge', password: 'Demo-Judge-2026', kind: ProfileKind.STAFF, roles: ['INVESTIGATING_JUDGE'] },
  { who: 'printer', password: 'Demo-Printer-2026', kind: ProfileKind.AFFILIATE, roles: ['AFFILIATE_ADMIN'] },
  { who: 'dealer', password: 'Demo-Dealer-2026', kind: ProfileKind.AFFILIATE, roles: ['AFFILIATE_ADMIN'] },
];

/** The affiliate each demo affiliate account works for. */
const AFFILIATE_OF: Partial<Record<keyof typeof DEMO.persons, string>> = { bank: DEMO.affiliates.bank.id, printer: DEMO.affiliates.printer.id, dealer: DEMO.affiliates.dealer.id };

/** Idempotent: upserts by fixed ids, so a second `npm start` on existing data changes nothing. */
export async function seedDemo(em: EntityManager): Promise<void> {
  for (const p of Object.values(DEMO.persons)) {
    await em.upsert(Person, { id: p.id, npi: p.npi, firstName: p.firstName, lastName: p.lastName, email: p.email, phone: p.phone, commune: p.commune, birthDate: '1990-01-01' });
  }
  for (const c of Object.values(DEMO.companies)) {
    await em.upsert(Company, { id: c.id, ifu: c.ifu, name: c.name });
  }
  for (const a of Object.values(DEMO.affiliates)) {
    if (!(await em.count(Affiliate, { id: a.id }))) em.create(Affiliate, { id: a.id, name: a.name, kind: a.kind as AffiliateKind, status: AffiliateStatus.APPROVED });
  }
  // The insurer's read-only partner key, printed by `npm start` so a newcomer can query the register at once.
  const k = DEMO.partnerKey;
  if (!(await em.count(ApiKey, { id: k.id }))) {
    const admin = await em.findOne(Account, { personId: DEMO.persons.admin.id });
    em.create(ApiKey, {
      id: k.id,
      affiliateId: DEMO.affiliates.insurer.id,
      name: 'Clé de démonstration (lecture seule)',
      prefix: k.prefix,
      secretHash: createHash('sha256').update(k.secret).digest('hex'),
      scopes: [...k.scopes],
      createdBy: admin?.id ?? DEMO.persons.admin.id,
    });
  }
  for (const a of ACCOUNTS) {
    const person = DEMO.persons[a.who];
    if (await em.count(Account, { personId: person.id })) continue;
    const account = em.create(Account, {
      personId: person.id,
      email: person.email,
      phone: person.phone,
      passwordHash: await hash(a.password),
      status: AccountStatus.ACTIVE,
    });
    em.create(Profile, {
      accountId: account.id,
      kind: a.kind,
      roles: a.roles,
      affiliateId: a.kind === ProfileKind.AFFILIATE ? (AFFILIATE_OF[a.who] ?? null) : null,
    });
    // Staff are citizens too.
    if (a.kind !== ProfileKind.CITIZEN) em.create(Profile, { accountId: account.id, kind: ProfileKind.CITIZEN, roles: ['CITIZEN'] });
  }
  await em.flush();
}
