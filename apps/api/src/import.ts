import 'reflect-metadata';
import { runImportCli } from '@salesdash/api/ingestion';

runImportCli(process.argv.slice(2), process.env, console.log, console.error).then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
