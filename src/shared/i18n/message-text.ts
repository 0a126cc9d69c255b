import { z } from 'zod';
import type { MessageId, MessageValues } from './catalog';
import { isMessageId } from './load-messages';

/** What the core sends instead of a sentence: a message id and its values, put into words by the UI. */
export interface MessageText {
  id: MessageId;
  values?: MessageValues;
}

export const messageTextSchema: z.ZodType<MessageText> = z
  .object({
    id: z.custom<MessageId>((id) => typeof id === 'string' && isMessageId(id), 'Not a known message id.'),
    values: z.record(z.string(), z.union([z.string().max(10_000), z.number()])).optional(),
  })
  .strict();
