// `npm run report -- --division <code> --month YYYY-MM --table progress|sectors|hazards --format json|csv|xlsx
//   [--data <folder holding manifest.json>] [--out file]`, or `--table risks [--list …]` / `--table coverage
//   [--by child|sector]` (no month): see docs/reports.md.
import { main } from './report/cli';

process.exitCode = await main(process.argv.slice(2));
