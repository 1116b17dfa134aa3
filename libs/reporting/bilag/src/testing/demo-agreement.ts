// The Budget 2026 demo agreement as a document: four chapters, eight initiatives (one a saving, two financed by
// «sundhedspakken», one decision sentence edited by RR's secretariat), worded by the domain as the workflow does.
import { appendixLine, budget2026Round, decisionSentence, parseAmountOrThrow, TableCells } from '@budgetflow/domain';
import { AgreementChapter, AgreementInitiative, AgreementSignatory } from '../model/bilag-data';
import type { TypedCells } from './bilag-data.builder';

/** The parties of the demo budget agreement. */
export const DEMO_PARTIES = ['Socialdemokratiet', 'Venstre', 'SF', 'Konservative'];

/** The parties and the member who signs alone. */
export const DEMO_SIGNATORIES: readonly AgreementSignatory[] = [
  ...DEMO_PARTIES.map((name): AgreementSignatory => ({ kind: 'party', name })),
  { kind: 'member', name: 'Anne Kjærsgaard' },
];

/** The demo agreement's other funding source than the råderum, as written in running text. */
export const DEMO_SOURCE = 'sundhedspakken';

/** Typed cells (2026, 2027, 2028, Permanent) as exact amounts. */
export function typedAmounts(cells: TypedCells): TableCells {
  const [y2026, y2027, y2028, permanent] = cells.map(parseAmountOrThrow);
  return { '2026': y2026 ?? null, '2027': y2027 ?? null, '2028': y2028 ?? null, permanent: permanent ?? null };
}

interface DemoInitiative {
  readonly key: string;
  readonly title: string;
  readonly text: string;
  readonly cells: TypedCells;
  readonly sourceName?: string;
  readonly committee?: string;
  readonly area?: string;
  /** The sentence as RR's secretariat edited it; else the domain's. */
  readonly editedSentence?: string;
}

/** An initiative of an agreement, its sentence and appendix line worded by the domain as for a confirmed agreement. */
export function anInitiative(initiative: DemoInitiative): AgreementInitiative {
  const worded = { title: initiative.title, amounts: typedAmounts(initiative.cells), sourceName: initiative.sourceName ?? null };
  return {
    key: initiative.key,
    title: initiative.title,
    text: initiative.text,
    amounts: worded.amounts,
    sourceName: worded.sourceName,
    committee: initiative.committee ?? null,
    area: initiative.area ?? (initiative.committee ? null : 'Hele regionen'),
    decisionSentence: initiative.editedSentence ?? decisionSentence(worded, budget2026Round.yearColumns),
    appendixLine: appendixLine(worded, budget2026Round.yearColumns),
  };
}

/** The sentence of «Bidrag til nationalt center …» as RR's secretariat edited it (the centre's proper name). */
export const EDITED_SENTENCE =
  'Aftaleparterne er enige om at afsætte 0,5 mio. kr. årligt fra 2026 som regionens bidrag til Nationalt Center for Sjældne Sygdomme.';

/** The introduction of the demo agreement. */
export const DEMO_INTRODUCTION =
  'Aftaleparterne ønsker et sundhedsvæsen, hvor patienterne mødes af tilstrækkeligt personale, og hvor medarbejderne har et godt arbejdsmiljø.\n\nAftalen prioriterer akutsygehusene, arbejdsmiljøet og psykiatrien og finansieres af råderummet fra udvalgenes omstillingsforslag og af sundhedspakken.';

/** The chapters of the demo agreement, in its order. */
export function demoAgreementChapters(): AgreementChapter[] {
  return [
    {
      title: 'Økonomisk grundlag',
      text: 'Regionens økonomi er presset af stigende udgifter til medicin. Aftaleparterne sætter penge af til det og finder dem blandt andet i administrationen.',
      initiatives: [
        anInitiative({
          key: 'medicin',
          title: 'Reserve til medicinudgifter',
          text: 'Udgifterne til medicin stiger mere end forudsat. Reserven dækker stigningen, til den er afklaret i økonomiaftalen.',
          cells: ['8,0', '8,0', '8,0', '8,0'],
        }),
        anInitiative({
          key: 'rammebesparelse',
          title: 'Generel rammebesparelse på administrationen',
          text: 'Administrationen finder besparelsen ved færre eksterne konsulenter og fælles indkøb.',
          cells: ['-5,0', '-5,0', '-5,0', '-5,0'],
        }),
      ],
    },
    {
      title: 'Hospitalerne',
      text: 'Akutsygehusene skal have personale nok til at tage imod patienterne døgnet rundt.',
      initiatives: [
        anInitiative({
          key: 'akutsygehuse',
          title: 'Flere medarbejdere på akutsygehusene',
          text: 'Flere læger og sygeplejersker i akutmodtagelserne, så ventetiden falder.',
          cells: ['6,0', '12,0', '12,0', '12,0'],
          committee: 'SU',
        }),
        anInitiative({
          key: 'akutberedskab',
          title: 'Styrkelse af akutberedskabet',
          text: 'Flere akutbiler i de tyndt befolkede områder i en forsøgsperiode på to år.',
          cells: ['3,0', '3,0', '-', '-'],
          sourceName: DEMO_SOURCE,
          committee: 'SU',
        }),
        anInitiative({
          key: 'kraeftbehandling',
          title: 'Kortere ventetid på kræftbehandling',
          text: 'Ekstra kapacitet på stråleterapien i 2026, mens den nye accelerator tages i brug.',
          cells: ['4,5', '-', '-', '-'],
          sourceName: DEMO_SOURCE,
          committee: 'SU',
        }),
      ],
    },
    {
      title: 'Arbejdsmiljø og rekruttering',
      text: 'Et godt arbejdsmiljø er den bedste rekruttering.',
      initiatives: [
        anInitiative({
          key: 'arbejdsmiljoe',
          title: 'Pulje til arbejdsmiljø',
          text: 'Afdelingerne kan søge puljen til projekter, der nedbringer sygefravær og nedslidning.',
          cells: ['2,0', '2,0', '2,0', '-'],
          committee: 'UAR',
        }),
      ],
    },
    {
      title: 'Psykiatri og regional udvikling',
      text: 'Regionen løfter sin del af det nationale samarbejde og styrker psykiatrien.',
      initiatives: [
        anInitiative({
          key: 'nationalt-center',
          title: 'Bidrag til nationalt center for sjældne sygdomme',
          text: 'Regionernes fælles center samler viden om sjældne sygdomme; hver region bidrager efter befolkningstal.',
          cells: ['0,5', '0,5', '0,5', '0,5'],
          editedSentence: EDITED_SENTENCE,
        }),
        anInitiative({
          key: 'psykiatri-senge',
          title: 'Flere sengepladser i psykiatrien',
          text: 'Ti nye sengepladser i Aalborg fra 2027, når ombygningen er færdig.',
          cells: ['-', '5,0', '5,0', '5,0'],
          committee: 'PSU',
        }),
      ],
    },
  ];
}
