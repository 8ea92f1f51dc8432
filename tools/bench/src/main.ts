import { join } from 'node:path';
import { formatBenchTable, runBench } from './lib/run-bench';
import { type BenchSize, QUICK_SIZE, SIZES, sizeForDeals } from './lib/sizes';

const USAGE = `usage: npm run bench -- [--quick | --size default|medium|quick | --deals N]
                        [--repetitions N] [--clients 50,200] [--seconds N] [--no-json] [--explain]
--explain: also the query plans of the 12-month kpiValues requests (embedded PostgreSQL only).
DATABASE_URL: use that PostgreSQL server (the bench creates and drops its own databases on it);
otherwise an embedded one in a temporary folder.`;

interface Cli {
  readonly size: BenchSize;
  readonly repetitions: number;
  readonly clients: number[];
  readonly seconds: number;
  readonly json: boolean;
  readonly explain: boolean;
}

function parse(argv: string[]): Cli | string {
  let size = SIZES['default'];
  let repetitions: number | undefined;
  let clients = [50, 200];
  let seconds: number | undefined;
  let json = true;
  let explain = false;
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = () => argv[++index] ?? '';
    const count = (text: string) => {
      const number = Number(text);
      return Number.isInteger(number) && number > 0 ? number : undefined;
    };
    switch (flag) {
      case '--quick':
        size = QUICK_SIZE;
        break;
      case '--size': {
        const name = value();
        size = SIZES[name];
        if (!size) {
          return `unknown size ${name}`;
        }
        break;
      }
      case '--deals': {
        const deals = count(value());
        if (!deals) {
          return '--deals needs a positive whole number';
        }
        size = sizeForDeals(deals);
        break;
      }
      case '--repetitions':
        repetitions = count(value());
        if (!repetitions) {
          return '--repetitions needs a positive whole number';
        }
        break;
      case '--clients':
        clients = value()
          .split(',')
          .filter((text) => text !== '')
          .map(Number);
        if (clients.some((number) => !Number.isInteger(number) || number <= 0)) {
          return '--clients needs a comma-separated list of positive whole numbers';
        }
        break;
      case '--seconds':
        seconds = count(value());
        if (!seconds) {
          return '--seconds needs a positive whole number';
        }
        break;
      case '--no-json':
        json = false;
        break;
      case '--explain':
        explain = true;
        break;
      default:
        return `unknown argument ${flag}`;
    }
  }
  const quick = size.deals <= QUICK_SIZE.deals;
  return {
    size,
    repetitions: repetitions ?? (quick ? 10 : 5),
    clients,
    seconds: seconds ?? (quick ? 5 : 20),
    json,
    explain,
  };
}

async function main(argv: string[]): Promise<number> {
  const cli = parse(argv);
  if (typeof cli === 'string') {
    console.error(cli);
    console.error(USAGE);
    return 2;
  }
  const root = process.cwd();
  const result = await runBench({
    root,
    size: cli.size,
    repetitions: cli.repetitions,
    clients: cli.clients,
    concurrencySeconds: cli.seconds,
    explain: cli.explain,
    databaseUrl: process.env['DATABASE_URL'] || undefined,
    resultsDir: cli.json ? join(root, 'bench', 'results') : undefined,
  });
  console.log(formatBenchTable(result));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
