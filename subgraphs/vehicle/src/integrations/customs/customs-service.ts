/** A customs declaration (déclaration en douane) of an imported vehicle. */
export interface CustomsDeclaration {
  reference: string;
  vin: string;
  brand: string;
  model: string;
  year: number;
  energy: string;
  office: string;
  declaredAt: string;
  dutiesPaid: boolean;
  dutiesAmount: number;
}

/** Benin customs (Douane), as the domain sees it. */
export interface CustomsService {
  /** null when customs has no such declaration; UPSTREAM_UNAVAILABLE when it does not answer. */
  findDeclaration(reference: string): Promise<CustomsDeclaration | null>;
}
