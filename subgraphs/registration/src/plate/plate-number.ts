/**
 * Plate numbers are stored compact and upper case (AB1234RB) and shown with
 * spaces (AB 1234 RB); people type them in any spacing and case.
 */
export function normalizePlate(raw: string): string {
  return raw.replace(/[\s\-_.]/g, '').toUpperCase();
}

export function formatPlate(compact: string): string {
  const m = /^([0-9A-Z]{2,3})(\d{4})([A-Z]{2})$/.exec(compact);
  if (m) return `${m[1]} ${m[2]} ${m[3]}`;
  // A prestige label plate: KOFFI1RB -> KOFFI1 RB.
  const label = /^([A-Z0-9]{3,8})(RB)$/.exec(compact);
  return label ? `${label[1]} RB` : compact;
}
