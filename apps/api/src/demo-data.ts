import { resolve } from 'node:path';
import { generateDemoBundle } from '@salesdash/tools/demo-data';

/** `npm run demo-data -- <folder>`: writes the demo bundle (docs/import.md) for today. */
async function main(argv: string[]): Promise<number> {
  if (argv.length !== 1 || argv[0].startsWith('-')) {
    console.error('usage: npm run demo-data -- <folder>');
    return argv[0] === '--help' || argv[0] === '-h' ? 0 : 2;
  }
  const folder = resolve(argv[0]);
  const started = Date.now();
  const summary = await generateDemoBundle({ outDir: folder, now: new Date() });
  console.log(JSON.stringify(summary, null, 2));
  console.log(`demo bundle written to ${folder} in ${Date.now() - started} ms`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
