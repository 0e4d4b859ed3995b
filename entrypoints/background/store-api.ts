// What the background needs of the Seller API for one store. entrypoints/background/ozon-store-api.ts implements it with
// the real client; tests implement it with fakes.
import type { ConnectionReport } from '../../lib/protocol/messages';
import type { ApiPosting, ChatSource } from './sync/source';
import type { StoreRecord } from './db/schema';

export interface StoreApi {
  testConnection(): Promise<ConnectionReport>;
  chatSource(): ChatSource;
  startChat(postingNumber: string): Promise<string>;
  sendMessage(chatId: string, text: string): Promise<void>;
  /** Marks the chat read (up to `lastMessageId` when given); returns the unread count left. */
  markRead(chatId: string, lastMessageId?: string): Promise<number>;
  /** Shipments by posting number (missing ones are left out). */
  postings(postingNumbers: readonly string[]): Promise<ApiPosting[]>;
}

export type StoreApiFactory = (store: StoreRecord) => StoreApi;
