/** The popup's first-paint catalogue, cut from every catalogue at build time (scripts/first-paint-messages.ts). */
declare module 'virtual:first-paint-messages' {
  import type { Entry } from './render';
  const catalogue: Record<'en' | 'fr', Record<string, Entry>>;
  export default catalogue;
}
