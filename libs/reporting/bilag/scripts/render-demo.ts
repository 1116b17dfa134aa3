// Renders the five bilag of the Budget 2026 demo data into a folder, to look at them.
// Usage (from the repository root): node -r @swc-node/register libs/reporting/bilag/scripts/render-demo.ts <outDir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_REGISTRY, renderReportPdf } from '../src';
import { demoBilagData, demoId } from '../src/testing/bilag-data.builder';

async function main(outDir: string | undefined): Promise<void> {
  if (!outDir) throw new Error('Usage: render-demo.ts <outDir>');
  mkdirSync(outDir, { recursive: true });
  const data = demoBilagData();
  for (const report of REPORT_REGISTRY) {
    const file = join(outDir, report.fileName);
    // A per-proposal report is shown for one proposal of the demo round.
    writeFileSync(file, await renderReportPdf(report.key, data, report.perProposal ? demoId('B26-DNS-01') : undefined));
    console.log(file);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
