import { hasRole, type Actor } from '@simveb/platform/auth/actor';
import { BadInput, Forbidden } from '@simveb/platform/errors';
import { registerEnumType } from 'type-graphql';
import { PLATE_FAMILIES, type PlateFamily } from './number-series';

/** The families as a GraphQL enum (the TypeScript union is the source). */
export const PlateFamilyEnum = Object.fromEntries(PLATE_FAMILIES.map((f) => [f, f])) as { [K in PlateFamily]: K };
registerEnumType(PlateFamilyEnum, {
  name: 'PlateFamily',
  description: 'Famille de numéros.',
  valuesConfig: {
    PRIVATE: { description: 'Particuliers: AB 1234 RB (from the vehicle category)' },
    TWO_WHEELER: { description: 'Deux/trois-roues: 2V 3472 RB (from the vehicle category)' },
    STATE: { description: 'Véhicules de l’État (blanc sur bleu): EBA 0001 RB' },
    COMMERCIAL: { description: 'Commerciales / garages (rouge sur orange): WGA 0001 RB' },
    TEMPORARY: { description: 'Immatriculation temporaire: IPN 1049 RB' },
  },
});

/** Whose registrations may take each special family: ANaTT's counter, and the affiliates concerned. */
const WHO_MAY: Record<'STATE' | 'COMMERCIAL' | 'TEMPORARY', { affiliates: string[]; what: string }> = {
  STATE: { affiliates: ['STATE_GARAGE'], what: 'State numbers are given at an ANaTT counter or to the state garage' },
  COMMERCIAL: { affiliates: ['DEALER'], what: 'Commercial (garage) numbers are for approved dealers, or given at an ANaTT counter' },
  TEMPORARY: { affiliates: ['DEALER'], what: 'Temporary numbers are for approved dealers, or given at an ANaTT counter' },
};

/**
 * A registration asking for a special family is checked when it is filed:
 * private and two-wheeler numbers follow the vehicle's category and are not
 * chosen; prestige numbers are private numbers.
 */
export function checkPlateFamily(actor: Actor, serviceCode: string, family: PlateFamily | null | undefined): PlateFamily | null {
  if (!family) return null;
  if (family === 'PRIVATE' || family === 'TWO_WHEELER') throw BadInput.field('plateFamily', 'Private and two-wheeler numbers follow the vehicle’s category; omit plateFamily.');
  if (serviceCode !== 'IMMATRICULATION_STANDARD' && serviceCode !== 'RE_IMMATRICULATION')
    throw BadInput.field('plateFamily', 'Only a standard registration or a re-registration takes a state, commercial or temporary number.');
  const rule = WHO_MAY[family];
  const counter = hasRole(actor, 'AGENT', 'SERVICE_HEAD');
  if (!counter && !(actor.affiliateKind && rule.affiliates.includes(actor.affiliateKind))) throw new Forbidden(`${rule.what}.`);
  return family;
}
