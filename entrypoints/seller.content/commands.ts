// Extension commands inside the content script: the sidebar mount receives them from the background (or from its
// own key handling) and features subscribe here. A module-level channel, so the page cannot fire them. The message
// itself is the door's (lib/protocol/commands.ts).
import type { CommandMessage } from '@/lib/protocol/commands';

type CommandListener = (command: CommandMessage['command']) => void;

const listeners = new Set<CommandListener>();

export function onCommand(listener: CommandListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitCommand(command: CommandMessage['command']): void {
  for (const listener of [...listeners]) {
    try {
      listener(command);
    } catch (error) {
      console.warn('[seller-sidekick]', error);
    }
  }
}
