// Extension commands inside the content script: the sidebar mount receives them from the background (or from its
// own key handling) and features subscribe here. A module-level channel, so the page cannot fire them.
type CommandListener = (command: string) => void;

const listeners = new Set<CommandListener>();

export function onCommand(listener: CommandListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitCommand(command: string): void {
  for (const listener of [...listeners]) {
    try {
      listener(command);
    } catch (error) {
      console.warn('[seller-sidekick]', error);
    }
  }
}

/** The message the background sends a tab for a command (`browser.commands.onCommand`). */
export interface CommandMessage {
  type: 'sidekick:command';
  command: string;
}

export function isCommandMessage(raw: unknown): raw is CommandMessage {
  return (
    typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'sidekick:command' && typeof (raw as { command?: unknown }).command === 'string'
  );
}
