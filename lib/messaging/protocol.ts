import { z } from 'zod';
import { clientSnapshot } from '../model/snapshot';
import { TABLES } from '../db/database';

/**
 * The one message protocol. Each message names its direction (`cs-bg`: content script to
 * background, `ui-bg`: extension page to background), its payload schema, and who may send it.
 * The background refuses everything else. Content scripts import only the types from here
 * (`import type`), so zod never reaches them.
 */
export type SenderContext = 'content-script' | 'extension-page';

/** Nothing we send is anywhere near this; a bigger message is refused before it is parsed. */
export const MAX_MESSAGE_BYTES = 512 * 1024;

export const PROTOCOL = {
  /** A content script read a client from the page it runs on. */
  'cs-bg:client-captured': {
    from: ['content-script'],
    payload: z.object({ snapshot: clientSnapshot }),
  },
  /**
   * The page no longer shows a client (the slider closed, the thread was left). `leaving`: the page itself
   * is being left, and the browser resets the tab's icon and title with the navigation.
   */
  'cs-bg:client-gone': {
    from: ['content-script'],
    payload: z.object({ leaving: z.boolean().optional() }),
  },
  /**
   * An extension page changed stored data: the background re-counts what it shows. `invoiceIds`,
   * when the change touched only those invoices, lets it read just them.
   */
  'ui-bg:data-changed': {
    from: ['extension-page'],
    payload: z.object({
      tables: z.array(z.enum(TABLES)).max(TABLES.length),
      invoiceIds: z.array(z.string().min(1).max(200)).max(1_000).optional(),
    }),
  },
} as const satisfies Record<string, { from: readonly SenderContext[]; payload: z.ZodType }>;

export type MessageType = keyof typeof PROTOCOL;
export type MessagePayload<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['payload']>;
export type Message = {
  [T in MessageType]: { type: T } & (MessagePayload<T> extends Record<string, never> ? unknown : MessagePayload<T>);
}[MessageType];

export type Refusal = { refused: true; reason: 'foreign-sender' | 'unknown-type' | 'wrong-sender' | 'bad-payload' | 'too-large' };
