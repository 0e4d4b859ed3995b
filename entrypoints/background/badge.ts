// The toolbar badge: how many customer chats wait for the seller (over all stores, or the chosen one), red once
// one has waited past the threshold. Pure: the background draws what this returns.
import type { UnansweredChat } from '../../lib/protocol/messages';
import type { Prefs } from '../../lib/prefs';
import { textsOf, type Texts } from '../../lib/i18n';

export interface BadgeView {
  text: string;
  color: string;
  title: Texts;
}

export const BADGE_CALM = '#005bff';
export const BADGE_URGENT = '#d92d20';

export function badgeOf(chats: readonly UnansweredChat[], prefs: Pick<Prefs, 'badge'>): BadgeView {
  const scoped =
    prefs.badge.scope === 'current-store' && prefs.badge.currentStoreId ? chats.filter((c) => c.storeId === prefs.badge.currentStoreId) : chats;
  const count = scoped.length;
  const urgent = scoped.some((c) => c.waitingMs >= prefs.badge.redAfterMinutes * 60_000);
  return {
    text: count === 0 ? '' : count > 999 ? '999+' : String(count),
    color: urgent ? BADGE_URGENT : BADGE_CALM,
    title: textsOf(count === 0 ? 'badgeTitleNone' : count === 1 ? 'badgeTitleOne' : 'badgeTitleMany', { count }),
  };
}
