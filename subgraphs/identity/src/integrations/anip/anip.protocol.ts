/**
 * ANIP exposes CITIZEN_BY_NPI_LITE through the X-Road security server:
 * GET /r1/{instance}/{class}/{member}/{subsystem}/CITIZEN_BY_NPI_LITE?npi=…
 * with the caller identified by the X-Road-Client header.
 */
export const ANIP_SERVICE_PATH = '/r1/BJ/GOV/ANIP/IDENTITE/CITIZEN_BY_NPI_LITE';
export const SIMVEB_XROAD_CLIENT = 'BJ/GOV/ANATT/SIMVEB';

/** Response body, field names as ANIP spells them. */
export interface AnipCitizen {
  npi: string;
  nom: string;
  prenoms: string;
  date_naissance: string;
  lieu_naissance: string | null;
  telephone: string | null;
  email: string | null;
  adresse: string | null;
  commune: string | null;
}
