// Renders the five bilag of the Budget 2026 demo data into a folder, to look at them.
// Usage (from the repository root): node -r @swc-node/register libs/reporting/bilag/scripts/render-demo.ts <outDir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORTS, ReportKey, renderAdoptedOverview, renderCatalogue, renderFactSheet, renderFrameStatus, renderYearTable } from '../src';
import { BilagData } from '../src/model/bilag-data';
import { demoBilagData, demoId } from '../src/testing/bilag-data.builder';

const RENDERERS: Readonly<Record<ReportKey, (data: BilagData) => Promise<Buffer>>> = {
  katalog: renderCatalogue,
  faktaark: (data) => renderFactSheet(data, demoId('B26-DNS-01')),
  rammeopfoelgning: renderFrameStatus,
  udmoentning: renderYearTable,
  vedtaget: renderAdoptedOverview,
};

async function main(outDir: string | undefined): Promise<void> {
  if (!outDir) throw new Error('Usage: render-demo.ts <outDir>');
  mkdirSync(outDir, { recursive: true });
  const data = demoBilagData();
  for (const report of REPORTS) {
    const file = join(outDir, report.fileName);
    writeFileSync(file, await RENDERERS[report.key](data));
    console.log(file);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
