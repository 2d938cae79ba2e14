/** A legal or official source a rule rests on, cited in warnings, letters and the settings page. */
export interface LegalSource {
  /** How a lawyer would cite it: "Code de commerce L441-10", "BGB §288(2)". */
  ref: string;
  /** Official text, where a stable address exists. */
  url?: string;
}

export const source = (ref: string, url?: string): LegalSource => (url ? { ref, url } : { ref });
