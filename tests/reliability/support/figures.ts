/** Prints a test's figures on their own line, so CI output shows them whatever the reporter. */
export function printFigures(line: string): void {
  process.stdout.write(`\n${line}\n`);
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function count(n: number): string {
  return n.toLocaleString('en-GB');
}
