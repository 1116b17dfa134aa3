// A committee's spreadsheet in the import template's layout (CSV as Danish Excel saves it): two proposals, the second
// with two lines, one of its cells chosen by the test.

/** The sheet for `references` (two, new in the round); `cell` is the second proposal's 2026 amount. */
export function committeeSheet({ cell = '-0,5', references = ['B26-SU-01', 'B26-SU-02'] }: { cell?: string; references?: [string, string] } = {}): Buffer {
  const [first, second] = references;
  const lines = [
    'Reference;Titel;Hospital/virksomhed/område forslaget vedrører;Forslagstype;Baggrund;Række;Kategori;2026;2027;2028;Permanent',
    `${first};Færre vikarer;Aalborg Universitetshospital;Omstilling/besparelse;Hospitalet bruger mange vikarer.;Vikarer;Drift;-1,0;-2,0;-2,0;-2,0`,
    `${second};Samling af ambulatorier;Regionshospital Nordjylland;Omstilling/besparelse;Tre ambulatorier samles i én bygning.;Husleje;Drift;${cell};-0,5;-0,5;-0,5`,
    `${second};;;;;Flytning;Eventuelle etableringsudgifter (fx vedr. anlæg);0,3;-;-;-`,
  ];
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}
