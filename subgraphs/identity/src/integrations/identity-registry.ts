/** Civil data of a person as the national register (ANIP) holds it. */
export interface CivilRecord {
  npi: string;
  firstName: string;
  lastName: string;
  birthDate: string; // YYYY-MM-DD
  birthPlace: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  commune: string | null;
}

/** The national identity register, as the domain sees it. */
export interface IdentityRegistry {
  /** null when the NPI is unknown; UPSTREAM_UNAVAILABLE when the register does not answer. */
  findByNpi(npi: string): Promise<CivilRecord | null>;
}
