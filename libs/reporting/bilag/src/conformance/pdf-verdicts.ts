// Written by `node tools/pdf/record-pdf-verdicts.mjs` from veraPDF’s run on the current renderer: do not edit by hand.
// bilag-conformance.int-spec.ts fails when veraPDF’s verdict on the renderer no longer matches this record.
import { RecordedVerdicts } from './recorded-verdicts';

export const PDF_VERDICTS: RecordedVerdicts = {
  veraPdfVersion: '1.28.2',
  checkedOn: '2026-12-06',
  reports: {
    katalog: {
      declared: ['PDF/UA-1', 'PDF/A-2a'],
      profiles: {
        'PDF/UA-1': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2a': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2b': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2u': {
          passed: true,
          failedRules: [],
        },
      },
    },
    faktaark: {
      declared: ['PDF/UA-1', 'PDF/A-2a'],
      profiles: {
        'PDF/UA-1': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2a': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2b': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2u': {
          passed: true,
          failedRules: [],
        },
      },
    },
    rammeopfoelgning: {
      declared: ['PDF/UA-1', 'PDF/A-2a'],
      profiles: {
        'PDF/UA-1': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2a': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2b': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2u': {
          passed: true,
          failedRules: [],
        },
      },
    },
    udmoentning: {
      declared: ['PDF/UA-1', 'PDF/A-2a'],
      profiles: {
        'PDF/UA-1': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2a': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2b': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2u': {
          passed: true,
          failedRules: [],
        },
      },
    },
    vedtaget: {
      declared: ['PDF/UA-1', 'PDF/A-2a'],
      profiles: {
        'PDF/UA-1': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2a': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2b': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2u': {
          passed: true,
          failedRules: [],
        },
      },
    },
    'ikke-medregnet': {
      declared: ['PDF/UA-1', 'PDF/A-2a'],
      profiles: {
        'PDF/UA-1': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2a': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2b': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2u': {
          passed: true,
          failedRules: [],
        },
      },
    },
    budgetaftale: {
      declared: ['PDF/UA-1', 'PDF/A-2a'],
      profiles: {
        'PDF/UA-1': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2a': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2b': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2u': {
          passed: true,
          failedRules: [],
        },
      },
    },
    'nye-bevillinger': {
      declared: ['PDF/UA-1', 'PDF/A-2a'],
      profiles: {
        'PDF/UA-1': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2a': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2b': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2u': {
          passed: true,
          failedRules: [],
        },
      },
    },
    budgetspoergsmaal: {
      declared: ['PDF/UA-1', 'PDF/A-2a'],
      profiles: {
        'PDF/UA-1': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2a': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2b': {
          passed: true,
          failedRules: [],
        },
        'PDF/A-2u': {
          passed: true,
          failedRules: [],
        },
      },
    },
  },
};
