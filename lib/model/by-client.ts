/** Rows that belong to a client (checks, look-ups, agreements, invoices, contacts), grouped by it, in their order. */
export const byClient = <T extends { clientId: string }>(rows: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.clientId);
    if (group) group.push(row);
    else groups.set(row.clientId, [row]);
  }
  return groups;
};
