import type { ComponentChildren } from 'preact';

/** A section of the popup: its heading with how many there are (`late` in the overdue colour), then what it lists. */
export const PopupSection = ({ id, heading, count, late = false, children }: { id: string; heading: string; count: number; late?: boolean; children: ComponentChildren }) => (
  <section aria-labelledby={id} class="popup-section">
    <h2 id={id}>
      {heading} <span class={late ? 'count count-late' : 'count'}>{count}</span>
    </h2>
    {children}
  </section>
);
