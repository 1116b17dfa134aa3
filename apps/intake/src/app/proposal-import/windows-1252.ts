// Windows-1252 differs from ISO-8859-1 only in 0x80-0x9F; the five bytes it leaves undefined map to the C1 control
// with the same number (as the WHATWG encoding standard does), which the domain's text rule then refuses.
const HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 (what Danish Excel writes as "CSV (semikolonsepareret)"). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) => (byte >= 0x80 && byte <= 0x9f ? (HIGH[byte - 0x80] as number) : byte));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** The text of a CSV file: UTF-8 (with or without BOM) when it is valid UTF-8 or declared so, else Windows-1252. */
export function decodeCsv(bytes: Buffer, charset: string | undefined): { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false } {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : null;
  const declared = charset?.toLowerCase();
  const latin = declared === 'windows-1252' || declared === 'cp1252' || declared === 'iso-8859-1' || declared === 'latin1';
  if (!latin || withoutBom) {
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom ?? bytes), encoding: 'utf-8' };
    } catch {
      if (withoutBom || declared === 'utf-8' || declared === 'utf8') return { ok: false };
    }
  }
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}
