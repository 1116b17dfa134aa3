// Progress output for the command-line tools: one line per step, failures in words a newcomer can act on.
const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : text);

export const step = (text) => console.log(`${paint('36', '›')} ${text}`);
export const ok = (text) => console.log(`${paint('32', '✓')} ${text}`);
export const warn = (text) => console.log(`${paint('33', '!')} ${text}`);

/** An error whose message is meant for the person at the terminal, printed without a stack trace. */
export class ToolError extends Error {}

export function fail(text) {
  throw new ToolError(text);
}

/** Runs a command-line entry point: prints a ToolError plainly, anything else with its stack, and sets the exit code. */
export async function runMain(main) {
  try {
    await main();
  } catch (error) {
    if (error instanceof ToolError) console.error(`${paint('31', '✗')} ${error.message}`);
    else console.error(paint('31', '✗ Unexpected error:'), error);
    process.exitCode = 1;
  }
}
