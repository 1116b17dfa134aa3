// Written by `node tools/pdf/record-pdf-verdicts.mjs` from veraPDF’s run on the current renderer: do not edit by hand.
// pdf-verdicts.int-spec.ts fails when veraPDF’s verdict on the renderer no longer matches this record.
import { RecordedVerdicts } from './recorded-verdicts';

export const PDF_VERDICTS: RecordedVerdicts = {
  veraPdfVersion: '1.28.2',
  checkedOn: '2026-12-06',
  reports: {
    katalog: {
      declared: [],
      profiles: {
        'PDF/UA-1': {
          passed: false,
          failedRules: [
            {
              rule: '6.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '7.1-3',
              description: 'Content shall be marked as Artifact or tagged as real content',
            },
            {
              rule: '7.1-8',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '7.1-10',
              description:
                'The document catalog dictionary shall include a ViewerPreferences dictionary containing a DisplayDocTitle key, whose value shall be true',
            },
            {
              rule: '7.1-11',
              description:
                'The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document catalog dictionary, as described in ISO 32000-1:2008, 14.7',
            },
            {
              rule: '7.18.1-2',
              description:
                'An annotation (except Widget annotations or hidden annotations, or those having rectangle outside the crop-box) shall have either Contents key or an Alt entry in the enclosing structure element',
            },
            {
              rule: '7.18.3-1',
              description: 'Every page on which there is an annotation shall contain in its page dictionary the key Tabs, and its value shall be S',
            },
            {
              rule: '7.18.5-1',
              description: 'Links shall be tagged according to ISO 32000-1:2008, 14.8.4.4.2, Link Element',
            },
            {
              rule: '7.18.5-2',
              description: 'Links shall contain an alternate description via their Contents key as described in ISO 32000-1:2008, 14.9.3',
            },
          ],
        },
        'PDF/A-2a': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '6.7.2.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '6.7.3.3-1',
              description:
                "The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document's Catalog dictionary, as described in ISO 32000-1:2008, 14.7",
            },
          ],
        },
        'PDF/A-2b': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
        'PDF/A-2u': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
      },
    },
    faktaark: {
      declared: [],
      profiles: {
        'PDF/UA-1': {
          passed: false,
          failedRules: [
            {
              rule: '6.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '7.1-3',
              description: 'Content shall be marked as Artifact or tagged as real content',
            },
            {
              rule: '7.1-8',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '7.1-10',
              description:
                'The document catalog dictionary shall include a ViewerPreferences dictionary containing a DisplayDocTitle key, whose value shall be true',
            },
            {
              rule: '7.1-11',
              description:
                'The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document catalog dictionary, as described in ISO 32000-1:2008, 14.7',
            },
          ],
        },
        'PDF/A-2a': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '6.7.2.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '6.7.3.3-1',
              description:
                "The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document's Catalog dictionary, as described in ISO 32000-1:2008, 14.7",
            },
          ],
        },
        'PDF/A-2b': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
        'PDF/A-2u': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
      },
    },
    rammeopfoelgning: {
      declared: [],
      profiles: {
        'PDF/UA-1': {
          passed: false,
          failedRules: [
            {
              rule: '6.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '7.1-3',
              description: 'Content shall be marked as Artifact or tagged as real content',
            },
            {
              rule: '7.1-8',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '7.1-10',
              description:
                'The document catalog dictionary shall include a ViewerPreferences dictionary containing a DisplayDocTitle key, whose value shall be true',
            },
            {
              rule: '7.1-11',
              description:
                'The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document catalog dictionary, as described in ISO 32000-1:2008, 14.7',
            },
          ],
        },
        'PDF/A-2a': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '6.7.2.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '6.7.3.3-1',
              description:
                "The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document's Catalog dictionary, as described in ISO 32000-1:2008, 14.7",
            },
          ],
        },
        'PDF/A-2b': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
        'PDF/A-2u': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
      },
    },
    udmoentning: {
      declared: [],
      profiles: {
        'PDF/UA-1': {
          passed: false,
          failedRules: [
            {
              rule: '6.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '7.1-3',
              description: 'Content shall be marked as Artifact or tagged as real content',
            },
            {
              rule: '7.1-8',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '7.1-10',
              description:
                'The document catalog dictionary shall include a ViewerPreferences dictionary containing a DisplayDocTitle key, whose value shall be true',
            },
            {
              rule: '7.1-11',
              description:
                'The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document catalog dictionary, as described in ISO 32000-1:2008, 14.7',
            },
          ],
        },
        'PDF/A-2a': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '6.7.2.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '6.7.3.3-1',
              description:
                "The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document's Catalog dictionary, as described in ISO 32000-1:2008, 14.7",
            },
          ],
        },
        'PDF/A-2b': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
        'PDF/A-2u': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
      },
    },
    vedtaget: {
      declared: [],
      profiles: {
        'PDF/UA-1': {
          passed: false,
          failedRules: [
            {
              rule: '6.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '7.1-3',
              description: 'Content shall be marked as Artifact or tagged as real content',
            },
            {
              rule: '7.1-8',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '7.1-10',
              description:
                'The document catalog dictionary shall include a ViewerPreferences dictionary containing a DisplayDocTitle key, whose value shall be true',
            },
            {
              rule: '7.1-11',
              description:
                'The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document catalog dictionary, as described in ISO 32000-1:2008, 14.7',
            },
          ],
        },
        'PDF/A-2a': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '6.7.2.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '6.7.3.3-1',
              description:
                "The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document's Catalog dictionary, as described in ISO 32000-1:2008, 14.7",
            },
          ],
        },
        'PDF/A-2b': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
        'PDF/A-2u': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
      },
    },
    'ikke-medregnet': {
      declared: [],
      profiles: {
        'PDF/UA-1': {
          passed: false,
          failedRules: [
            {
              rule: '6.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '7.1-3',
              description: 'Content shall be marked as Artifact or tagged as real content',
            },
            {
              rule: '7.1-8',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '7.1-10',
              description:
                'The document catalog dictionary shall include a ViewerPreferences dictionary containing a DisplayDocTitle key, whose value shall be true',
            },
            {
              rule: '7.1-11',
              description:
                'The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document catalog dictionary, as described in ISO 32000-1:2008, 14.7',
            },
          ],
        },
        'PDF/A-2a': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
            {
              rule: '6.7.2.2-1',
              description: 'The document catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be true',
            },
            {
              rule: '6.7.3.3-1',
              description:
                "The logical structure of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot entry of the document's Catalog dictionary, as described in ISO 32000-1:2008, 14.7",
            },
          ],
        },
        'PDF/A-2b': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
        'PDF/A-2u': {
          passed: false,
          failedRules: [
            {
              rule: '6.2.4.3-2',
              description:
                'DeviceRGB shall only be used if a device independent DefaultRGB colour space has been set when the DeviceRGB colour space is used, or if the file has a PDF/A OutputIntent that contains an RGB destination profile',
            },
            {
              rule: '6.6.2.1-1',
              description:
                'The Catalog dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value /Metadata and entry Subtype with value /XML',
            },
          ],
        },
      },
    },
  },
};
