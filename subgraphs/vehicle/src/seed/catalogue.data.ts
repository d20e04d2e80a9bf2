import { VehicleCategory } from '../catalogue/catalogue.enums';

/** Makes and models common on Benin's roads; WMIs are used to make the demo VINs. */
export const CATALOGUE: { brand: string; wmi: string; models: [string, VehicleCategory][] }[] = [
  {
    brand: 'Toyota',
    wmi: 'JTD',
    models: [
      ['Corolla', VehicleCategory.PRIVATE_CAR],
      ['RAV4', VehicleCategory.PRIVATE_CAR],
      ['Hilux', VehicleCategory.UTILITY],
      ['Land Cruiser', VehicleCategory.PRIVATE_CAR],
      ['Hiace', VehicleCategory.BUS],
      ['Camry', VehicleCategory.PRIVATE_CAR],
    ],
  },
  {
    brand: 'Mercedes-Benz',
    wmi: 'WDB',
    models: [
      ['Classe C', VehicleCategory.PRIVATE_CAR],
      ['Classe E', VehicleCategory.PRIVATE_CAR],
      ['Sprinter', VehicleCategory.UTILITY],
      ['Actros', VehicleCategory.TRUCK],
    ],
  },
  {
    brand: 'Peugeot',
    wmi: 'VF3',
    models: [
      ['406', VehicleCategory.PRIVATE_CAR],
      ['307', VehicleCategory.PRIVATE_CAR],
      ['Partner', VehicleCategory.UTILITY],
      ['Boxer', VehicleCategory.UTILITY],
    ],
  },
  {
    brand: 'Nissan',
    wmi: 'JN1',
    models: [
      ['Almera', VehicleCategory.PRIVATE_CAR],
      ['Pathfinder', VehicleCategory.PRIVATE_CAR],
      ['Navara', VehicleCategory.UTILITY],
    ],
  },
  {
    brand: 'Hyundai',
    wmi: 'KMH',
    models: [
      ['Elantra', VehicleCategory.PRIVATE_CAR],
      ['Tucson', VehicleCategory.PRIVATE_CAR],
      ['H-1', VehicleCategory.BUS],
    ],
  },
  {
    brand: 'Honda',
    wmi: '1HG',
    models: [
      ['Accord', VehicleCategory.PRIVATE_CAR],
      ['Civic', VehicleCategory.PRIVATE_CAR],
      ['CR-V', VehicleCategory.PRIVATE_CAR],
    ],
  },
  {
    brand: 'Ford',
    wmi: '1FT',
    models: [
      ['Ranger', VehicleCategory.UTILITY],
      ['Explorer', VehicleCategory.PRIVATE_CAR],
    ],
  },
  {
    brand: 'Kia',
    wmi: 'KNA',
    models: [
      ['Rio', VehicleCategory.PRIVATE_CAR],
      ['Sportage', VehicleCategory.PRIVATE_CAR],
    ],
  },
  {
    brand: 'Renault',
    wmi: 'VF1',
    models: [
      ['Logan', VehicleCategory.PRIVATE_CAR],
      ['Duster', VehicleCategory.PRIVATE_CAR],
      ['Master', VehicleCategory.UTILITY],
    ],
  },
  {
    brand: 'Volkswagen',
    wmi: 'WVW',
    models: [
      ['Golf', VehicleCategory.PRIVATE_CAR],
      ['Passat', VehicleCategory.PRIVATE_CAR],
    ],
  },
  {
    brand: 'Mitsubishi',
    wmi: 'JMB',
    models: [
      ['Pajero', VehicleCategory.PRIVATE_CAR],
      ['L200', VehicleCategory.UTILITY],
    ],
  },
  {
    brand: 'Isuzu',
    wmi: 'JAA',
    models: [
      ['D-Max', VehicleCategory.UTILITY],
      ['NPR', VehicleCategory.TRUCK],
    ],
  },
  { brand: 'MAN', wmi: 'WMA', models: [['TGS', VehicleCategory.TRUCK]] },
  { brand: 'Renault Trucks', wmi: 'VF6', models: [['Kerax', VehicleCategory.TRUCK]] },
  {
    brand: 'Bajaj',
    wmi: 'MD2',
    models: [
      ['Boxer BM 150', VehicleCategory.MOTORCYCLE],
      ['RE', VehicleCategory.TRICYCLE],
    ],
  },
  {
    brand: 'TVS',
    wmi: 'MD6',
    models: [
      ['HLX 125', VehicleCategory.MOTORCYCLE],
      ['King', VehicleCategory.TRICYCLE],
    ],
  },
  {
    brand: 'Haojue',
    wmi: 'LC6',
    models: [
      ['HJ125', VehicleCategory.MOTORCYCLE],
      ['KA150', VehicleCategory.MOTORCYCLE],
    ],
  },
  { brand: 'Honda Moto', wmi: 'LAL', models: [['CG 125', VehicleCategory.MOTORCYCLE]] },
  { brand: 'Yamaha', wmi: 'LBP', models: [['Crypton', VehicleCategory.MOTORCYCLE]] },
  { brand: 'Sanya', wmi: 'LXY', models: [['SY125', VehicleCategory.MOTORCYCLE]] },
];
