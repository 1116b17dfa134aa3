import { ProposalDraftInput } from '../proposal/proposal';

// The ten proposals of the Budget 2026 catalogue, in its order, as typed input: every table cell is the
// string the detail page shows, so the fixture goes through the real parser. Texts are abridged
// excerpts in the Budget 2026 catalogue's own words (typos kept); all ten are omstillingsforslag (savings).
// A section heading without text in the Budget 2026 catalogue ("Beskrivelse af forslag:" directly followed by
// "Baggrund") is left out, since a proposal section must have a body.

const ETABLERING_EMPTY = {
  label: 'Eventuelle etableringsudgifter (fx vedr. anlæg)',
  category: 'etablering',
  cells: { '2026': '-', '2027': '-', '2028': '-', permanent: '-' },
} as const;

function everyColumn(text: string): Record<string, string> {
  return { '2026': text, '2027': text, '2028': text, permanent: text };
}

/** B26-SU-01 … B26-UAR-02 from "Forslag til omstillingstemaer, Budget 2026". */
export const budget2026Proposals: readonly ProposalDraftInput[] = [
  {
    reference: 'B26-SU-01',
    committee: 'SU',
    title: 'Effektiv ambulatoriedrift',
    area: 'Aalborg Universitetshospital og Regionshospital Nordjylland',
    kind: 'omstilling',
    sections: [
      {
        kind: 'baggrund',
        body:
          'Effektiv ambulatoriedrift er et vedblivende fokusområde med henblik på behovsdrevne forløb af høj kvalitet, der er tilpasset den enkelte patient. Dette har bl.a. været afsættet for projekt ”Fremtidens ambulatorium”.\n\n' +
          '"Fremtidens ambulatorium" blev igangsat af Sundhedsfagligt Forum i hhv. reumatologien og endokrinologien i efteråret 2024. Gennem et fælles blik inden for samme speciale på tværs af hospitalsmatrikler var målet at finde gode løsninger, der matcher fremtidens patienter.\n\n' +
          'Målet er færre unødvendige kontakter, optimeret ressourceanvendelse og en mere proaktiv, præcis og personlig patientoplevelse.',
      },
      {
        kind: 'forslag',
        heading: 'Prioriteringsforslag',
        body:
          'Arbejdet med at sikre effektiv ambulatoriedrift kan tage afsæt i både en udfordring af klinisk praksis, fokus på patientperspektivet og behovet for omfordeling af ressourcer. Af konkrete eksempler nævnt af de nordjyske hospitaler kan nævnes:\n\n' +
          'Systematisk eftersyn af kontrolbesøg – Reducering af unødvendige kontroller, der ikke har klinisk værdi.\n' +
          'Booking og tidsplanlægning - Optimering for at skabe mere effektivitet og bedre patientflow.\n' +
          'Øget produktivitet – Optimering af arbejdsprocesser, herunder med understøttelse af digitale værktøjer.\n' +
          'Flere virtuelle kontakter – Reducering af behovet for fysiske besøg og øgning i fleksibilitet og tilgængelighed for patienterne.\n' +
          'Digitalisering og automatisering – Øgning af brugen af beslutningsstøttesystemer i den kliniske drift. Automatisering af administrative opgaver.\n' +
          'Skærpet vurdering af henvisning fra almen praksis – Tydelige henvisningskriterier.\n\n' +
          'Der må forventes omkostninger i form af blandt andet personaleressourcer, der skal omstille sig til nye arbejdsgange.',
      },
      {
        kind: 'oekonomi',
        body: 'Det vurderes, at de forskellige indsatser vedr. effektiv ambulatoriedrift kan give en besparelse på samlet ca. 10 mio. kr.',
      },
      {
        kind: 'oevrige_forhold',
        body:
          'Omstilling til mere behovsdrevne ambulatorier kan afspejle sig negativt i efterlevelsen af fx nationale kvalitetsstandarder, der er knyttet op på fx mere faste intervaller for opfølgning. ' +
          'Der må derfor være bevidsthed om disse aspekter og tages stilling hertil i de relevante kredse.',
      },
    ],
    table: {
      rows: [{ label: 'Effektiv ambulatoriedrift – diverse initiativer', category: 'drift', cells: everyColumn('-10,0') }],
    },
  },
  {
    reference: 'B26-SU-02',
    committee: 'SU',
    title: 'Bedre udnyttelse af ressourcerne på operation- og anæstesiområdet',
    area: 'Aalborg Universitetshospital samt Regionshospital Nordjylland',
    kind: 'omstilling',
    sections: [
      {
        kind: 'beskrivelse',
        body:
          'Der blev i efteråret 2024 udarbejdet første del af en analyse af anæstesi- og operationsområdet i Region Nordjylland. Analysen peger på flere områder, hvor driften kan effektiviseres yderligere. Et centralt element er behovet for en endnu mere koordineret og detaljeret planlægning af OP-programmet.\n\n' +
          'Der kan på tværs af regionen eller på udvalgte områder ligeledes gennemføres et systematisk eftersyn vedr. potentialerne for etablering af dagkirurgiske afsnit eller funktioner.',
      },
      {
        kind: 'oekonomi',
        body:
          'Samlet set kan ovenstående tiltag føre til en forbedring af effektiviteten og kapaciteten på operationsafdelingerne, reducere antallet af lukkede lejer og dermed skabe besparelser og en bedre udnyttelse af regionens ressourcer.\n\n' +
          'Det vurderes, at ovenstående vil kunne medføre en besparelse på -14 mio. kr. årligt fra 2026 og frem.',
      },
    ],
    table: { rows: [{ label: 'Drift', category: 'drift', cells: everyColumn('-14,0') }] },
  },
  {
    reference: 'B26-DNS-01',
    committee: 'DNS',
    // The detail page's title; the overview calls it "Potentiel besparelse på medicinkøb …".
    title: 'Besparelse på medicinkøb til lægevagten via Sygehusapoteket',
    area: 'Lægevagten',
    kind: 'omstilling',
    sections: [
      {
        kind: 'baggrund',
        body:
          'En analyse af medicinindkøb foretaget til lægevagten i Region Nordjylland i perioden 2022–2024 viser, at der forekommer et besparelsespotentiale ved at anvende Sygehusapoteket som leverandør frem for private apoteker. Beregningen er baseret på 10.352 transaktioner, hvoraf 9.286 kunne matches direkte med Sygehusapotekets priser på købstidspunktet.\n\n' +
          'På baggrund af dette foreslås det at anvende Sygehusapoteket som leverandør for lægevagten.',
      },
      {
        kind: 'oekonomi',
        body:
          'Ved at anvende Sygehusapoteket som leverandør vurderes det, at den samlede medicinpris i perioden 2022–2024 ville have udgjort ca. 1,66 mio. kr., sammenlignet med ca. 2,14 mio. kr. ved brug af private apoteker. Dette svarer til en potentiel besparelse på ca. 0,125 kr. årligt.\n\n' +
          'Det skal bemærkes, at beregningen ikke omfatter ekspeditions- og logistikomkostninger, hverken på Sygehusapoteket eller hos private apoteker, og at en endelig vurdering af økonomien derfor kræver yderligere afklaring.',
      },
    ],
    table: {
      // The overview rounds this to -0,1; the detail page (and this system) says -0,125.
      rows: [{ label: 'Drift', category: 'drift', cells: everyColumn('-0,125') }, ETABLERING_EMPTY],
    },
  },
  {
    reference: 'B26-DNS-02',
    committee: 'DNS',
    title: 'Overdragelse af regionsklinikker og udbudsklinikker',
    area: 'Almen praksis',
    kind: 'omstilling',
    sections: [
      {
        kind: 'beskrivelse',
        body: 'I løbet af 2025 overgår 4 regionsklikker og udbudsklinikker til praktiserende læger, som vil drive klinikkerne videre på almindelige overenskomstmæssige vilkår. Regions- og udbudsklinikker er som udgangspunkt en dyrere klinikform, når man ser på den samlede pris pr. patient. Derfor kan der forventes en besparelse, som følge af de overdragelser der finder sted løbende i 2025.',
      },
      {
        kind: 'baggrund',
        body: 'I henhold til Region Nordjyllands lægedækningsstrategi, skal lægedækningen i videst muligt omfang sikres på almindelige overenskomstmæssige vilkår. Derfor skal regionen som udgangspunkt overdrage klinikkerne på fair vilkår, hvis en speciallæge i almen medicin ønsker at overtage driften.',
      },
      {
        kind: 'forslag',
        heading: 'Omstilling',
        body:
          'I 2025 overgår 3 udbudsklikker og 1 regionsklinik til speciallæger i almen medicin, som driver dem videre på almindelige overenskomstmæssige vilkår. Dette gælder følgende:\n\n' +
          '- Alles lægehus Brovst\n- Alles Lægehus Frøstrup\n- Midlertidig regionsklinik Frederikshavn\n- Alles Lægehus Dronninglund',
      },
      {
        kind: 'oekonomi',
        body:
          'Nedenstående besparelsesestimat tager udgangspunkt i prisen pr. patient i de konkrete klinikker som overdrages, samt den gennemsnitlige pris pr. patient i overenskomstklinikker, i de områder hvor der er regions- og udbudsklinikker.\n\n' +
          'Sammenholdt med 2025, estimeres følgende besparelse i 2026:\n\n' +
          '- I perioden januar – marts 2025 har udbudsklinikken i Brovst været driften med 3 kapaciteter og 5.154 patienter. Estimeret besparelse i 2026 – 266.374 kr.\n' +
          '- I perioden marts -november 2025 driftes regionsklinikken i Brovst med 2 kapaciteter og 3.552 patienter. Estimeret besparelse i 2026 – 1.268.704 kr.\n' +
          '- I perioden januar – marts 2025 har udbudsklinikken i Frøstrup været driftet med 1 kapacitet og 1.629 patienter. Estimeret besparelse i 2026 – 183.517 kr.\n' +
          '- I perioden januar – maj 2025 har den midlertidige regionsklinik i Frederikshavn været driftet med 2 kapaciteter og 1.600 patienter. Estimeret besparelse i 2026 – 308.267 kr.\n' +
          '- I perioden januar – marts 2025 har udbudsklinikken i Dronninglund været driftet med 1 kapacitet og 2.602 patienter. Estimeret besparelse i 2026 – 210.836 kr.',
      },
    ],
    table: {
      // The seed only has the sum row "Samlet, omstillingsforslag - 2,2 mio. kr. - - -"; it becomes one Drift row.
      rows: [{ label: 'Drift', category: 'drift', cells: { '2026': '- 2,2 mio. kr.', '2027': '-', '2028': '-', permanent: '-' } }],
    },
  },
  {
    reference: 'B26-DNS-03',
    committee: 'DNS',
    title: 'Efterkontrol af honorarudbetalinger på praksisområdet',
    area: 'Praksisområdet',
    kind: 'omstilling',
    sections: [
      {
        kind: 'baggrund',
        body:
          'Region Nordjylland foretager efterkontrol af honorarudbetalinger på praksisområdet. Efterkontrollen foregår som oftest ved, at Administrationen ved gennemgang af journalmateriale vurderer honorarværdigheden af afregnede ydelser.\n\n' +
          'I budget 2024 blev der fastsat en forventning om et årligt niveau på 3 mio. kr. for tilbagebetalingskrav. Dette niveau blev i budget 2025 forhøjet med yderligere 3 mio. kr., så der samlet årligt forventes et niveau på 6 mio. kr.',
      },
      {
        kind: 'forslag',
        heading: 'Omstillingsforslag',
        body: 'I forslaget tages der udgangspunkt i beløbet fra 2025 på 6. mio. kr. og tillægges yderligere 0,5 mio. kr. i forventet niveau i 2026 svarende til i alt 6,5 mio. kr.',
      },
      {
        kind: 'oekonomi',
        body:
          'Region Nordjylland har for nuværende fremsat en række ikke ubetydelige tilbagebetalingskrav og der forventes også i forhold til nuværende indsatser at blive fremsat en række større tilbagebetalingskrav i 2025 og 2026.\n\n' +
          'På denne baggrund og med foranstående forbehold forventes, at niveauet for tilbagebetalingskrav kan stige yderligere 0,5 mio. kr. i 2026.',
      },
    ],
    table: { rows: [{ label: 'Drift', category: 'drift', cells: everyColumn('-0,5 mio. kr.') }] },
  },
  {
    reference: 'B26-PSU-01',
    committee: 'PSU',
    title: 'Nedbringelse af lægevikarer',
    area: 'Psykiatrien',
    kind: 'omstilling',
    sections: [
      {
        kind: 'baggrund',
        body:
          'Psykiatrien har stort fokus på at reducere anvendelsen af både kortids- og langtidslægevikariater ved kontinuerligt at arbejde med tiltrækning og tilknytning af flere faste speciallæger. Der arbejdes i den forbindelse med en målrettet indsats i forhold til ansættelse af udenlandske læger, og det er lykkedes at tiltrække flere udenlandske læger til forventet ansættelse i den kommende periode.\n\n' +
          'Psykiatrien vil i 2026 arbejde målrettet og specifikt på nedbringelse af langtidsvikarer.',
      },
    ],
    table: { rows: [{ label: 'Drift', category: 'drift', cells: everyColumn('-2,5') }, ETABLERING_EMPTY] },
  },
  {
    reference: 'B26-PSU-02',
    committee: 'PSU',
    title: 'Effektivisering i driften',
    area: 'Psykiatrien',
    kind: 'omstilling',
    sections: [
      {
        kind: 'baggrund',
        body:
          'Psykiatrien gennemfører løbende effektiviseringer for at opnå en mere effektiv anvendelse af ressourcerne. Der arbejdes kontinuerligt med at modernisere og udvikle opgaveløsningen gennem nye teknologier, nye behandlingsmetoder og forbedrede arbejdsgange.\n\n' +
          'Et eksempel på et igangværende projekt for dette er etablering af et digitaliseret flådestyringssystem med henblik på at opnå en mere effektiv udnyttelse af bilparken. Ved at digitalisere flådestyringen kan der sikres en mere effektiv udnyttelse af bilparken, hvilket forventeligt vil resultere i lavere udgifter til befordringsgodtgørelse.',
      },
    ],
    table: { rows: [{ label: 'Drift', category: 'drift', cells: everyColumn('-1,0') }, ETABLERING_EMPTY] },
  },
  {
    reference: 'B26-PSU-03',
    committee: 'PSU',
    title: 'Digital værdiskabelse',
    area: 'Psykiatrien',
    kind: 'omstilling',
    sections: [
      {
        kind: 'baggrund',
        body:
          'Psykiatrien arbejder videre med øget digitalisering med henblik på at udmønte konkrete områder, der kan skabe værdi for patienter, personale og give økonomiske gevinster. Der er særligt fokus på de områder, der er under implementering som følge af indsatserne i Budget 2025: kunstig intelligens (AI), automatisering og udvikling af borgerplatform.\n\n' +
          'Kunstig intelligens (AI)\nTalegenkendelse er afprøvet i Psykiatrien i 2024, og erfaringerne viser, at teknologien kan medføre gevinster i form af øget patientsikkerhed ved tidstro dokumentation, effektivisering af dokumentationsproces for særligt psykologer og sygeplejersker samt reduktion af sekretærernes tidsforbrug til afskrivning af notater.\n\n' +
          'Automatisering\nDer vurderes at være et stort potentiale for i Psykiatrien at automatisere større dele af den kliniske dokumentation, registrering og indberetning til registre og databaser.\n\n' +
          'Borgerplatform\nBorgerplatformen giver mulighed for forbedret kontakt mellem patienterne og Psykiatrien.',
      },
    ],
    table: { rows: [{ label: 'Drift', category: 'drift', cells: everyColumn('-0,5') }, ETABLERING_EMPTY] },
  },
  {
    reference: 'B26-UAR-01',
    committee: 'UAR',
    title: 'Omstilling til flere opgaver i fællesskab',
    area: 'Region Nordjylland',
    kind: 'omstilling',
    sections: [
      {
        kind: 'baggrund',
        body:
          'Opgaver i fællesskab handler om mere end at flytte opgaver fra en faggruppe til en anden. Det handler først og fremmest om at bruge kræfterne bedst muligt og sikre kvalitet på lang sigt.\n\n' +
          'På topmødet blev der lavet en fælles erklæring om, at man er klar til at løse flere opgaver i fællesskab. Desværre er dele af området blevet sat i bero.',
      },
      {
        kind: 'forslag',
        heading: 'Omstillingsforslag',
        body: 'Det tværfaglige samarbejde er afgørende for gode og effektive patient- og borgerforløb. Ansvaret for indsatsen forankres i virksomhederne. Det er muligt for virksomhederne at anmode om procesunderstøttelse til konkrete initiativer i Mennesker og Organisation.',
      },
      {
        kind: 'oekonomi',
        body: 'Ved at prioritere indsatser, der styrker det tværfaglige samarbejde i fællesskab, vurderes det, at der kan skabes optimeringer svarende til en gevinst på 2 mio. kr. årligt. Indsatsen kan løftes indenfor den nuværende ressourceramme og kræver derfor ikke investeringer eller udgifter.',
      },
    ],
    table: { rows: [{ label: 'Drift', category: 'drift', cells: everyColumn('-2,0') }] },
  },
  {
    reference: 'B26-UAR-02',
    committee: 'UAR',
    // The detail page's title; the overview calls it "Investering i digital kompetenceudvikling og -styring".
    title: 'Digital kompetenceudvikling og -styring',
    area: 'Region Nordjylland',
    kind: 'omstilling',
    sections: [
      {
        kind: 'baggrund',
        body:
          'Siden 2011 er Kursusportalen vokset fra blot at være et simpelt tilmeldingssystem til i dag at være et vigtigt redskab, der dokumenterer kompetenceudvikling på tværs af hele Region Nordjylland.\n\n' +
          'Behov for digitale kompetencekort\nDer er stor efterspørgsel på digitale og automatiserede kompetencekort. Erfaringer fra andre regioner viser, at mange afdelinger vælger dyre løsninger fra eksterne leverandører.\n\n' +
          'Intern løsning til digitale kompetencekort\nFormålet er at tilbyde et gratis alternativ til de eksterne løsninger, som typisk koster fra 30.000 kr. om året for en mindre afdeling plus udgifter til konsulenttimer og tilpasninger.',
      },
      {
        kind: 'oekonomi',
        body:
          'Der er ca. 125 afdelinger fordelt på Aalborg Universitetshospital, Regionshospital Nordjylland, Psykiatrien og Specialsektoren. Hvis blot halvdelen vælger en ekstern leverandør og betaler licens og konsulenttimer, giver det en samlet udgift over 2 mio. kr.\n\n' +
          'Samlet set vurderes det, at regionen kan spare op mod -2 mio. kr. om året, hvis de foreslåede tiltag gennemføres.',
      },
    ],
    table: {
      rows: [
        { label: 'Drift', category: 'drift', cells: everyColumn('0') },
        { label: 'Besparelser', category: 'drift', cells: everyColumn('-2,0') },
      ],
    },
  },
];
