/** Mask a phone number for display (138****1234), whatever the source stored. */
export function maskPhone(phone: unknown): string {
  const s = String(phone ?? '').replace(/\s/g, '');
  if (!s) return '';
  if (s.length < 7) return '****';
  return `${s.slice(0, 3)}****${s.slice(-4)}`;
}
