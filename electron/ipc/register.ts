/**
 * The one place IPC handlers are registered. Every call is checked before the handler runs:
 * the sender must be the app's own top-level page on app://, and the payload must pass the
 * contract's schema. Handler results are checked against the response schema too.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { contract, type Capability, type ResponseOf } from '../../shared/contract';
import { isAppUrl } from '../security';

export type ParsedRequest<C extends Capability> = z.output<(typeof contract)[C]['request']>;
export type Handler<C extends Capability> = (request: ParsedRequest<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;

type RefusalReason = 'sender' | 'payload' | 'response' | 'handler';

/** Deliberately vague: the renderer learns nothing about the check that failed or the data it sent. */
export const REFUSED_MESSAGE = 'The request was refused.';

export class IpcRefusedError extends Error {
  constructor() {
    super(REFUSED_MESSAGE);
    this.name = 'IpcRefusedError';
  }
}

function refuse(capability: Capability, reason: RefusalReason): never {
  // The capability and a reason code only: never the payload, the sender URL or an error message.
  console.warn(`IPC ${capability} refused (${reason})`);
  throw new IpcRefusedError();
}

export interface SenderInfo {
  readonly senderFrame?: { readonly url: string; readonly parent: unknown } | null;
}

/** True only for the app's own top-level frame. A destroyed frame throws on access, which is a no. */
export function isTrustedSender(event: SenderInfo): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
  } catch {
    return false;
  }
}

interface Spec<C extends Capability> {
  channel: string;
  request: { safeParse(data: unknown): z.ZodSafeParseResult<ParsedRequest<C>> };
  response: { safeParse(data: unknown): z.ZodSafeParseResult<ResponseOf<C>> };
}

// Checked key by key against the contract, so indexing it by a generic C yields Spec<C>.
const specs: { readonly [K in Capability]: Spec<K> } = contract;

export function registerHandler<C extends Capability>(ipcMain: Pick<IpcMain, 'handle'>, capability: C, handler: Handler<C>): void {
  if (!Object.hasOwn(contract, capability)) throw new Error('Unknown IPC capability');
  const spec = specs[capability];

  ipcMain.handle(spec.channel, async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<ResponseOf<C>> => {
    if (!isTrustedSender(event)) refuse(capability, 'sender');
    // Every capability takes at most one argument; extras mean a forged call.
    if (args.length > 1) refuse(capability, 'payload');
    const request = spec.request.safeParse(args[0]);
    if (!request.success) refuse(capability, 'payload');

    let result: unknown;
    try {
      result = await handler(request.data);
    } catch {
      refuse(capability, 'handler');
    }
    const response = spec.response.safeParse(result);
    if (!response.success) refuse(capability, 'response');
    return response.data;
  });
}
