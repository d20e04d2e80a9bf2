/**
 * IFU (Identifiant Fiscal Unique), 13 digits: entity type (1 man, 2 woman,
 * 3 company, 4 state body, 5 international organisation or mission, 6 NGO),
 * 4-digit year, 6-digit sequence, head office/branch digit, check digit.
 * DGI does not publish the check-digit algorithm, so only the structure is
 * verified here; DGI's register is the authority on existence.
 */
export const IFU_ENTITY_TYPES: Record<string, string> = {
  '1': 'natural person (man)',
  '2': 'natural person (woman)',
  '3': 'company',
  '4': 'state body',
  '5': 'international organisation or mission',
  '6': 'NGO',
};

export function checkIfu(raw: string, now = new Date()): { ok: true; ifu: string; entityType: string; year: number } | { ok: false; problem: string } {
  const ifu = raw.replace(/\s/g, '');
  if (!/^\d{13}$/.test(ifu)) return { ok: false, problem: `An IFU has 13 digits; this one has ${ifu.replace(/\D/g, '').length === ifu.length ? ifu.length : 'other characters'}.` };
  const entityType = IFU_ENTITY_TYPES[ifu[0]!];
  if (!entityType) return { ok: false, problem: `The first digit of an IFU is the entity type, 1 to 6; ${ifu[0]} is none.` };
  const year = Number(ifu.slice(1, 5));
  if (year < 1960 || year > now.getUTCFullYear()) return { ok: false, problem: `Digits 2 to 5 of an IFU are a year; ${year} is not possible.` };
  if (ifu.slice(5, 11) === '000000') return { ok: false, problem: 'The sequence number (digits 6 to 11) cannot be 000000.' };
  return { ok: true, ifu, entityType, year };
}
