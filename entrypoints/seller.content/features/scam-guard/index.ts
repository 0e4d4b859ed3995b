// The scam guard on the page: badges on the chat list's rows, and the banner in the open chat.
import listBadges from './list-badges';
import openChat from './open-chat';

export default [listBadges, openChat];
