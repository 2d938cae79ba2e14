import type { Table } from 'dexie';
import type { z } from 'zod';
import { describeZodError } from './validation-error';

/**
 * Every write goes through the entity's zod schema, so nothing malformed is ever stored.
 * Single-row reads are validated too (a row edited by hand in DevTools is refused with its field);
 * bulk reads for lists trust what was validated on the way in, to keep 50,000-row views fast.
 */
export class Repository<T extends { id: string }> {
  constructor(
    private readonly table: () => Table<T, string>,
    private readonly schema: z.ZodType<T>,
    private readonly tableName: string,
  ) {}

  parse(row: unknown, index = 0): T {
    const result = this.schema.safeParse(row);
    if (!result.success) throw new Error(describeZodError(this.tableName, index, result.error));
    return result.data;
  }

  async get(id: string): Promise<T | undefined> {
    const row = await this.table().get(id);
    return row === undefined ? undefined : this.parse(row);
  }

  async put(row: T): Promise<T> {
    const valid = this.parse(row);
    await this.table().put(valid);
    return valid;
  }

  /** Many rows in one request, every one validated first: a bad row throws before anything is written. */
  async putAll(rows: readonly T[]): Promise<T[]> {
    const valid = rows.map((row, i) => this.parse(row, i));
    await this.table().bulkPut(valid);
    return valid;
  }

  async delete(id: string): Promise<void> {
    await this.table().delete(id);
  }

  all(): Promise<T[]> {
    return this.table().toArray();
  }

  count(): Promise<number> {
    return this.table().count();
  }
}
