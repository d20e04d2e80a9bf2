import { registerEnumType } from 'type-graphql';

/** What a tariff line pays for. */
export enum TariffComponent {
  SERVICE_FEE = 'SERVICE_FEE',
  PLATE = 'PLATE',
  STAMP_DUTY = 'STAMP_DUTY',
  SURCHARGE = 'SURCHARGE',
}
registerEnumType(TariffComponent, {
  name: 'TariffComponent',
  description: 'Nature of a fee line.',
  valuesConfig: {
    SERVICE_FEE: { description: 'Frais de service' },
    PLATE: { description: 'Plaques d’immatriculation' },
    STAMP_DUTY: { description: 'Droit de timbre' },
    SURCHARGE: { description: 'Supplément ou réduction (variation)' },
  },
});

/** When a tariff line applies: always, or only for a kind of vehicle, holder or demand. */
export enum TariffCondition {
  ALWAYS = 'ALWAYS',
  TWO_THREE_WHEELER = 'TWO_THREE_WHEELER',
  HEAVY_VEHICLE = 'HEAVY_VEHICLE',
  COMPANY_HOLDER = 'COMPANY_HOLDER',
  URGENT = 'URGENT',
}
registerEnumType(TariffCondition, {
  name: 'TariffCondition',
  description: 'Variation a tariff line depends on.',
  valuesConfig: {
    ALWAYS: { description: 'Every demand of the service' },
    TWO_THREE_WHEELER: { description: 'Deux- et trois-roues (motocyclette, tricycle)' },
    HEAVY_VEHICLE: { description: 'Poids lourds: camion, autobus, remorque' },
    COMPANY_HOLDER: { description: 'Titulaire personne morale (entreprise)' },
    URGENT: { description: 'Traitement urgent' },
  },
});

export enum HolderKind {
  PERSON = 'PERSON',
  COMPANY = 'COMPANY',
}
registerEnumType(HolderKind, { name: 'BillingHolderKind', description: 'Personne physique ou morale, for pricing.' });
