/**
 * A number typed into a spreadsheet cell (mio. kr.) as the Danish amount text the domain parses: exact to 1.000 kr.
 * when the number is (within the double's precision), else with all its decimals, so that the domain refuses it
 * with its usual message ("højst 3 decimaler"). 0.125 → "0,125"; -10 → "-10,0"; 0.1234 → "0,1234".
 */
export function danishAmountText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const thousands = Math.round(value * 1000);
  if (Math.abs(thousands - value * 1000) < 1e-6 && Number.isSafeInteger(thousands)) {
    const sign = thousands < 0 ? '-' : '';
    const absolute = Math.abs(thousands);
    const fraction = String(absolute % 1000)
      .padStart(3, '0')
      .replace(/0{1,2}$/, '');
    return `${sign}${Math.floor(absolute / 1000)},${fraction}`;
  }
  // Not a whole number of thousand kroner: all its decimals, never in exponent notation.
  const text = Math.abs(value) < 1e-6 ? value.toFixed(12).replace(/0+$/, '') : String(value);
  return text.replace('.', ',');
}
