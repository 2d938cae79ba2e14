import type { z } from 'zod';

/**
 * What is wrong, and where: a row's field (`table`, `row`, `field`), a whole table (`table` alone), a
 * field of the file's header (`field` alone), or the file itself (only `message`).
 */
export interface RowError {
  table?: string;
  /** 0-based position of the row in its table's array. */
  row?: number;
  /** Dotted path of the first bad field, e.g. `payments.0.amount`. */
  field?: string;
  message: string;
}

export const firstRowError = (table: string, row: number, error: z.ZodError): Required<RowError> => {
  const issue = error.issues[0];
  return {
    table,
    row,
    field: issue ? issue.path.map(String).join('.') || '(row)' : '(row)',
    message: issue?.message ?? 'invalid',
  };
};

export const describeZodError = (table: string, row: number, error: z.ZodError): string => {
  const e = firstRowError(table, row, error);
  return `${e.table} row ${e.row + 1}, field "${e.field}": ${e.message}`;
};
