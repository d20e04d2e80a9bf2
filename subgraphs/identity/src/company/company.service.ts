import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRole, type Actor } from '@simveb/platform/auth/actor';
import { BadInput, Conflict } from '@simveb/platform/errors';
import { audit } from '@simveb/platform/audit/audit-entry.entity';
import type { CompanyRegistry } from '../integrations/company-registry';
import { Company } from './company.entity';
import { checkIfu } from './ifu';

/** A company enters the register from DGI's record, never from what the form says. */
export async function registerCompany(em: EntityManager, actor: Actor, registry: CompanyRegistry, rawIfu: string): Promise<Company> {
  requireRole(actor, ['ADMIN', 'AGENT', 'SERVICE_HEAD'], 'register companies');
  const check = checkIfu(rawIfu);
  if (!check.ok) throw BadInput.field('ifu', check.problem);
  if (!['3', '4', '5', '6'].includes(check.ifu[0]!)) throw BadInput.field('ifu', `This IFU belongs to a ${check.entityType}, not a legal entity.`);
  if (await em.count(Company, { ifu: check.ifu })) throw new Conflict('This company is already registered.');
  const record = await registry.findByIfu(check.ifu);
  if (!record) throw BadInput.field('ifu', 'DGI has no taxpayer with this IFU.');
  const company = em.create(Company, { ifu: record.ifu, name: record.name, rccm: record.rccm });
  audit(em, actor.accountId, 'company.register', company.id, { ifu: record.ifu });
  await em.flush();
  return company;
}
