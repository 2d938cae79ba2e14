// What the build test bundles with scripts/strip-dynamic-code.ts: the backup check with its zod
// schemas, the data it is tried on, zod's own verdict on code generation, and Preact's renderer.
export { checkBackup } from '@/lib/db/backup';
export { sampleData } from '@/lib/demo/sample-data';
export { largeDataset } from '@/lib/demo/large-dataset';
export { invoice } from '@/lib/model';
export { util as zodUtil } from 'zod/v4/core';
export { h, render } from 'preact';
