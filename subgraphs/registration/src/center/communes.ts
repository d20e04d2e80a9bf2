/** Benin's 12 departments and their 77 communes: a demand goes to the centre of the applicant's department. */
export const DEPARTMENTS: Record<string, string[]> = {
  Alibori: ['Banikoara', 'Gogounou', 'Kandi', 'Karimama', 'Malanville', 'Segbana'],
  Atacora: ['Boukoumbé', 'Cobly', 'Kérou', 'Kouandé', 'Matéri', 'Natitingou', 'Péhunco', 'Tanguiéta', 'Toucountouna'],
  Atlantique: ['Abomey-Calavi', 'Allada', 'Kpomassè', 'Ouidah', 'Sô-Ava', 'Toffo', 'Tori-Bossito', 'Zè'],
  Borgou: ['Bembèrèkè', 'Kalalé', "N'Dali", 'Nikki', 'Parakou', 'Pèrèrè', 'Sinendé', 'Tchaourou'],
  Collines: ['Bantè', 'Dassa-Zoumè', 'Glazoué', 'Ouèssè', 'Savalou', 'Savè'],
  Couffo: ['Aplahoué', 'Djakotomey', 'Dogbo', 'Klouékanmè', 'Lalo', 'Toviklin'],
  Donga: ['Bassila', 'Copargo', 'Djougou', 'Ouaké'],
  Littoral: ['Cotonou'],
  Mono: ['Athiémé', 'Bopa', 'Comè', 'Grand-Popo', 'Houéyogbé', 'Lokossa'],
  Ouémé: ['Adjarra', 'Adjohoun', 'Aguégués', 'Akpro-Missérété', 'Avrankou', 'Bonou', 'Dangbo', 'Porto-Novo', 'Sèmè-Kpodji'],
  Plateau: ['Adja-Ouèrè', 'Ifangni', 'Kétou', 'Pobè', 'Sakété'],
  Zou: ['Abomey', 'Agbangnizoun', 'Bohicon', 'Covè', 'Djidja', 'Ouinhi', 'Zagnanado', 'Za-Kpota', 'Zogbodomey'],
};

/** Where each department's management centre (centre de gestion) sits. */
export const CENTER_TOWNS: Record<string, string> = {
  Alibori: 'Kandi',
  Atacora: 'Natitingou',
  Atlantique: 'Abomey-Calavi',
  Borgou: 'Parakou',
  Collines: 'Dassa-Zoumè',
  Couffo: 'Aplahoué',
  Donga: 'Djougou',
  Littoral: 'Cotonou',
  Mono: 'Lokossa',
  Ouémé: 'Porto-Novo',
  Plateau: 'Pobè',
  Zou: 'Abomey',
};

/** Stable ids for the seeded centres, so the demo roster and tests can name them. */
export const centerId = (department: string): string => {
  const i = Object.keys(DEPARTMENTS).indexOf(department);
  return `0190a003-0000-7000-8000-${String(i + 1).padStart(12, '0')}`;
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const BY_COMMUNE = new Map(Object.entries(DEPARTMENTS).flatMap(([d, cs]) => cs.map((c) => [fold(c), d] as const)));

/** The department of a commune, however it is spelt (accents, case, dashes); null when unknown. */
export function departmentOf(commune: string | null | undefined): string | null {
  return commune ? (BY_COMMUNE.get(fold(commune)) ?? null) : null;
}
