/** A company as the tax office (DGI) registers it. */
export interface CompanyRecord {
  ifu: string;
  name: string;
  rccm: string | null;
  address: string | null;
}

/** DGI's register of taxpayers, as the domain sees it. */
export interface CompanyRegistry {
  /** null when DGI does not know the IFU; UPSTREAM_UNAVAILABLE when it does not answer. */
  findByIfu(ifu: string): Promise<CompanyRecord | null>;
}
