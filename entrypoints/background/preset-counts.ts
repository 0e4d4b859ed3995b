// A preset applied to synced chats (where a store is connected): the portal's filters as the portal defines them
// (sandbox/portal/DOM.md, the filter controls), then the extension's own criteria. Used for the counts next to each
// preset.
import type { Preset } from '../../lib/presets/model';
import type { PortalFilter } from '../../lib/presets/filters';
import { matchesExtra, type DialogueFacts } from '../../lib/presets/match';

export interface SyncedChatFacts extends DialogueFacts {
  lastAuthor: 'customer' | 'seller' | 'support' | 'system' | 'unknown';
  unreadCount: number;
  hasOrder: boolean;
  hasProduct: boolean;
}

function meetsFilter(filter: PortalFilter, chat: SyncedChatFacts): boolean {
  switch (filter) {
    case 'without-my-reply':
      return chat.lastAuthor === 'customer';
    case 'without-customer-reply':
      return chat.lastAuthor === 'seller';
    case 'by-order':
      return chat.hasOrder;
    case 'by-products':
      return chat.hasProduct && !chat.hasOrder;
    case 'unread':
      return chat.unreadCount > 0;
    case 'all':
      return true;
  }
}

export function matchesPreset(preset: Preset, chat: SyncedChatFacts): boolean {
  return preset.filters.every((filter) => meetsFilter(filter, chat)) && matchesExtra(preset, chat);
}

export function countMatches(preset: Preset, chats: readonly SyncedChatFacts[]): number {
  let n = 0;
  for (const chat of chats) if (matchesPreset(preset, chat)) n++;
  return n;
}
