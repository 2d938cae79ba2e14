import type { Runtime } from 'webextension-polyfill';
import { MAX_MESSAGE_BYTES, PROTOCOL, type Message, type MessageType, type Refusal } from './protocol';
import { classifySender, originOf, type MessageOrigin } from './sender';

export type { MessageOrigin };

export type Handlers = {
  [T in MessageType]: (message: Extract<Message, { type: T }>, from: MessageOrigin) => Promise<unknown> | unknown;
};

const logged = new Set<string>();
/** Log each kind of refusal once per service-worker life, so a hostile page cannot flood the console. */
const logOnce = (reason: Refusal['reason'], type: string, detail: string): void => {
  const key = `${reason}:${type}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.warn(`ClientCheck refused a message (${reason}, type ${JSON.stringify(type.slice(0, 64))}): ${detail}`);
};

const sizeOf = (value: unknown): number => {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity;
  }
};

/**
 * Checks a message against the protocol, then calls its handler. A refused message writes
 * nothing: the handler is never reached.
 */
export const receive = async (
  raw: unknown,
  sender: Runtime.MessageSender,
  handlers: Handlers,
  own: { id: string; origin: string },
): Promise<unknown> => {
  const type = typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string'
    ? (raw as { type: string }).type
    : '(none)';
  const context = classifySender(sender, own.id, own.origin);
  const refuse = (reason: Refusal['reason'], detail: string): Refusal => {
    logOnce(reason, type, detail);
    return { refused: true, reason };
  };
  if (context === 'foreign') return refuse('foreign-sender', `from ${sender.id ?? 'unknown'} at ${sender.url ?? 'unknown'}`);
  if (!Object.hasOwn(PROTOCOL, type)) return refuse('unknown-type', 'not in the protocol');
  const spec = PROTOCOL[type as MessageType];
  if (!(spec.from as readonly string[]).includes(context)) return refuse('wrong-sender', `${context} may not send it`);
  if (sizeOf(raw) > MAX_MESSAGE_BYTES) return refuse('too-large', `over ${MAX_MESSAGE_BYTES} bytes`);
  const { type: _type, ...payload } = raw as Record<string, unknown>;
  const parsed = spec.payload.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('bad-payload', `${issue?.path.join('.') || '(payload)'}: ${issue?.message}`);
  }
  const handler = handlers[type as MessageType] as (m: unknown, from: MessageOrigin) => unknown;
  return handler({ type, ...(parsed.data as object) }, originOf(sender));
};

export const resetRefusalLogForTests = (): void => logged.clear();
