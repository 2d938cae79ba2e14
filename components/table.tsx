import type { ComponentChildren } from 'preact';

/**
 * A column of a table: its name; `num` for figures (aligned right); `hidden` when only screen readers need
 * the name (a column of buttons); `title` for a hint on hover.
 */
export interface Column {
  label: string;
  num?: boolean;
  hidden?: boolean;
  title?: string;
}

export const ColumnHeading = ({ column }: { column: string | Column }) => {
  const { label, num, hidden, title } = typeof column === 'string' ? { label: column } : column;
  return (
    <th scope="col" class={num ? 'num' : undefined} title={title}>
      {hidden ? <span class="visually-hidden">{label}</span> : label}
    </th>
  );
};

/** A table's header row; `children` after the columns, for headings of their own (a sort button). */
export const TableHead = ({ columns, children }: { columns: readonly (string | Column)[]; children?: ComponentChildren }) => (
  <thead>
    <tr>
      {columns.map((column, i) => (
        <ColumnHeading key={i} column={column} />
      ))}
      {children}
    </tr>
  </thead>
);
