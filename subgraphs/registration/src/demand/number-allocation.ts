import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@simveb/platform/auth/actor';
import { BadInput } from '@simveb/platform/errors';
import type { VehicleRegistry } from '../integrations/vehicle-registry';
import { allocateNumber } from '../plate/allocate-number';
import type { PlateFamily } from '../plate/number-series';
import { policyOf } from '../service/service-policy';
import { Service } from '../service/service.entity';
import { canSeeDemand } from './demand.access';
import { Demand } from './demand.entity';
import type { TransitionDemandInput } from './demand.inputs';
import { mayPerform } from './performers';
import { transitionFor } from './workflow';

const familyOf = (category: string): PlateFamily => (category === 'MOTORCYCLE' || category === 'TRICYCLE' ? 'TWO_WHEELER' : 'PRIVATE');

/**
 * The number a registration's validation takes. The vehicle's category (asked
 * of the vehicle register over HTTP) picks the family, and the number is
 * allocated in its own short transaction, both before the validation's
 * transaction begins. One precondition: the caller may validate this demand
 * now (it sees it, the version is current, the workflow allows it, they are a
 * performer), so refused attempts burn no numbers. Undefined when the demand
 * takes no series number.
 */
export async function numberForValidation(em: EntityManager, input: TransitionDemandInput, actor: Actor, centers: readonly string[], vehicles: VehicleRegistry): Promise<string | undefined> {
  const peekEm = em.fork();
  const peek = await peekEm.findOne(Demand, input.demandId);
  if (!peek || policyOf(peek.serviceCode).number !== 'SERIES' || !peek.vehicleId || !canSeeDemand(actor, peek, centers) || peek.version !== input.expectedVersion) return undefined;
  const service = await peekEm.findOneOrFail(Service, { code: peek.serviceCode });
  const t = transitionFor(peek.status, input.action, service);
  if (!t || !(await mayPerform(peekEm, actor, peek, t.by, actor.kind === 'user' ? centers : undefined))) return undefined;
  const facts = await vehicles.facts(peek.vehicleId, actor.token ? `Bearer ${actor.token}` : null);
  if (!facts) throw BadInput.field('demandId', 'The vehicle of this demand is no longer in the technical register.');
  return allocateNumber(em, peek.plateFamily ?? familyOf(facts.category));
}
