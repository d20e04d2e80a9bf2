import { registerEnumType } from 'type-graphql';

export enum VehicleCategory {
  PRIVATE_CAR = 'PRIVATE_CAR',
  UTILITY = 'UTILITY',
  TRUCK = 'TRUCK',
  BUS = 'BUS',
  TRAILER = 'TRAILER',
  MOTORCYCLE = 'MOTORCYCLE',
  TRICYCLE = 'TRICYCLE',
}
registerEnumType(VehicleCategory, {
  name: 'VehicleCategory',
  description: 'Genre du véhicule. 2- and 3-wheelers take one plate, the others two.',
  valuesConfig: {
    PRIVATE_CAR: { description: 'Voiture particulière (VP)' },
    UTILITY: { description: 'Camionnette / utilitaire' },
    TRUCK: { description: 'Camion' },
    BUS: { description: 'Autobus / autocar' },
    TRAILER: { description: 'Remorque / semi-remorque' },
    MOTORCYCLE: { description: 'Deux-roues (moto)' },
    TRICYCLE: { description: 'Tricycle' },
  },
});

export const PLATES_PER_CATEGORY: Record<VehicleCategory, number> = {
  PRIVATE_CAR: 2,
  UTILITY: 2,
  TRUCK: 2,
  BUS: 2,
  TRAILER: 2,
  MOTORCYCLE: 1,
  TRICYCLE: 1,
};

export enum Energy {
  PETROL = 'PETROL',
  DIESEL = 'DIESEL',
  HYBRID = 'HYBRID',
  ELECTRIC = 'ELECTRIC',
  LPG = 'LPG',
}
registerEnumType(Energy, { name: 'Energy', description: 'Source d’énergie.' });

export enum VehicleOrigin {
  IMPORTED = 'IMPORTED',
  LOCAL = 'LOCAL',
}
registerEnumType(VehicleOrigin, { name: 'VehicleOrigin', description: 'Imported vehicles are cleared by customs (Douane) first.' });
