import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '@simveb/platform/audit/audit-entry.entity';
import { requireRole, requireSignedIn, type Actor } from '@simveb/platform/auth/actor';
import { BadInput } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import type { Services } from '../context';
import { priceOf, totalOf, type PricedLine } from './pricing';
import { Tariff } from './tariff.entity';
import { HolderKind, TariffComponent, TariffCondition } from './tariff.enums';
import type { SetTariffInput } from './tariff.inputs';

export async function knownService(em: EntityManager, serviceCode: string): Promise<void> {
  if (!(await em.count(Tariff, { serviceCode }))) throw BadInput.field('serviceCode', `No service has the code "${serviceCode}".`);
}

/** Admin: a new dated fee row (audited); the old ones stay for the orders priced under them. */
export async function setTariff(em: EntityManager, actor: Actor, input: SetTariffInput): Promise<Tariff> {
  requireRole(actor, ['ADMIN'], 'change tariffs');
  await knownService(em, input.serviceCode);
  const now = new Date();
  const from = input.effectiveFrom ?? now;
  if (from.getTime() < now.getTime() - 60_000) throw BadInput.field('effectiveFrom', 'A tariff cannot change the past; give a date from now on.');
  if (input.amount < 0 && input.component !== TariffComponent.SURCHARGE && input.component !== TariffComponent.PLATE) {
    throw BadInput.field('amount', 'Only a surcharge or plate line may be a reduction (negative).');
  }
  if (input.component === TariffComponent.SERVICE_FEE && input.condition !== TariffCondition.ALWAYS) {
    throw BadInput.field('condition', 'The service fee applies to every demand; variations are SURCHARGE lines.');
  }
  const tariff = em.create(Tariff, { serviceCode: input.serviceCode, component: input.component, condition: input.condition, label: input.label.trim(), amount: input.amount, effectiveFrom: from });
  audit(em, actor.accountId, 'tariff.set', tariff.id, { ...input, effectiveFrom: from.toISOString() });
  await em.flush();
  return tariff;
}

export interface QuoteArgs {
  serviceCode: string;
  vehicleId?: string;
  urgent: boolean;
  holderKind: HolderKind;
}

/** The price a demand would cost now, with the same lines its order will have. */
export async function quote(em: EntityManager, actor: Actor, services: Services, args: QuoteArgs): Promise<{ lines: PricedLine[]; total: number; vehicleCategory: string | null }> {
  await knownService(em, args.serviceCode);
  let vehicleCategory: string | null = null;
  if (args.vehicleId != null) {
    // The vehicle register answers signed-in callers only.
    requireSignedIn(actor);
    if (!isUuid(args.vehicleId)) throw BadInput.field('vehicleId', 'Not a valid id.');
    vehicleCategory = await services.vehicles.categoryOf(args.vehicleId, actor.token ? `Bearer ${actor.token}` : null);
    if (!vehicleCategory) throw BadInput.field('vehicleId', 'This vehicle is not in the technical register.');
  }
  const lines = await priceOf(em, { serviceCode: args.serviceCode, vehicleCategory, holderKind: args.holderKind, urgent: args.urgent });
  return { lines, total: totalOf(lines), vehicleCategory };
}
