import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractGeneric } from '@/lib/platforms/generic';

/**
 * Injected by "Check this client" into the page the user right-clicked (activeTab + scripting:
 * no standing access to any site). Reads what any page can say of a client — schema.org JSON-LD,
 * mailto: and tel: links, a legal notice — and returns it. Never throws into the page.
 */
export default defineUnlistedScript(() => {
  try {
    return extractGeneric(document, new URL(location.href));
  } catch {
    return null;
  }
});
