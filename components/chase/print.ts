import { useEffect, useState } from 'preact/hooks';

/**
 * Printing one part of the page (a letter, the case file): the part gets `print-target` and the body
 * `chase-printing`, and the print stylesheet hides everything else. The browser's print dialog offers "Save as PDF".
 */
export const usePrint = (name: string): { active: boolean; start: () => void } => {
  const [active, setActive] = useState(false);
  useEffect(() => {
    if (!active) return;
    document.body.classList.add('chase-printing');
    document.body.dataset.printing = name;
    const done = () => setActive(false);
    addEventListener('afterprint', done);
    // Printing waits for the target to be rendered.
    const timer = setTimeout(() => print(), 0);
    return () => {
      clearTimeout(timer);
      removeEventListener('afterprint', done);
      if (document.body.dataset.printing === name) {
        document.body.classList.remove('chase-printing');
        delete document.body.dataset.printing;
      }
    };
  }, [active, name]);
  return { active, start: () => setActive(true) };
};
