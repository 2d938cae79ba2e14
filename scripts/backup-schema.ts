// Writes docs/backup.schema.json from the zod schemas, so the documented format can never drift
// from what the import accepts. A unit test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { backupJsonSchema } from '../lib/db/backup';

writeFileSync('docs/backup.schema.json', `${JSON.stringify(backupJsonSchema(), null, 2)}\n`);
console.log('docs/backup.schema.json written');
