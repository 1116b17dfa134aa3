// Test helper: veraPDF's verdict on PDFs (PDF/UA-1, PDF/A-2a/b/u), through tools/pdf/verapdf.mjs. Needs Java 17, so
// only integration tests (*.int-spec.ts) use it. One Java process validates all the files given in one call.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');
const VERAPDF = join(WORKSPACE_ROOT, 'tools', 'pdf', 'verapdf.mjs');

export type PdfProfile = 'PDF/UA-1' | 'PDF/A-2a' | 'PDF/A-2b' | 'PDF/A-2u';
export const PDF_PROFILES: readonly PdfProfile[] = ['PDF/UA-1', 'PDF/A-2a', 'PDF/A-2b', 'PDF/A-2u'];

export interface FailedRule {
  clause: string;
  testNumber: number;
  description: string;
  count: number;
}

export interface PdfVerdict {
  file: string;
  profile: PdfProfile;
  passed: boolean;
  /** Set when veraPDF could not read the file at all. */
  error?: string;
  failedRules: FailedRule[];
  veraPdfVersion: string;
}

/** veraPDF's verdict on each file for each profile (the tool is an ES module, which jest's sandbox cannot import). */
export function validatePdfs(files: readonly string[], profiles: readonly PdfProfile[] = PDF_PROFILES): Promise<PdfVerdict[]> {
  const args = [VERAPDF, '--json', ...profiles.flatMap((profile) => ['--profile', profile]), ...files];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: WORKSPACE_ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      // Exit code 1 only says that a file failed; the verdicts are on stdout all the same.
      const json = stdout.split('\n').find((line) => line.startsWith('['));
      if (json) return resolve(JSON.parse(json) as PdfVerdict[]);
      reject(new Error(`veraPDF did not run: ${error?.message ?? ''}\n${stdout}${stderr}`));
    });
  });
}

/** The same for PDFs in memory: written to a temporary folder (named after their keys) for the one veraPDF run. */
export async function validatePdfBuffers(
  pdfs: Record<string, Buffer>,
  profiles: readonly PdfProfile[] = PDF_PROFILES,
): Promise<Array<PdfVerdict & { name: string }>> {
  const folder = await mkdtemp(join(tmpdir(), 'budgetflow-verapdf-'));
  try {
    const names = Object.keys(pdfs);
    const files = names.map((name, index) => join(folder, `${index}.pdf`));
    await Promise.all(names.map((name, index) => writeFile(files[index], pdfs[name])));
    const verdicts = await validatePdfs(files, profiles);
    return verdicts.map((verdict) => ({ ...verdict, name: names[files.indexOf(verdict.file)] }));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** "7.1-3" for each failed rule: short enough to compare in an expectation. */
export function failedRuleIds(verdict: PdfVerdict): string[] {
  return verdict.failedRules.map((rule) => `${rule.clause}-${rule.testNumber}`);
}
