// A keyboard command (browser.commands) passed on by the background to the content script of the portal tab in
// front, which toggles the sidebar or applies a preset. The content script accepts only this shape.
import * as v from 'valibot';

export const CommandMessageSchema = v.object({
  type: v.literal('sidekick:command'),
  /** The command's name in the manifest: 'toggle-sidebar', 'apply-preset-1' … 'apply-preset-9'. */
  command: v.string(),
});
export type CommandMessage = v.InferOutput<typeof CommandMessageSchema>;

export function commandMessage(command: string): CommandMessage {
  return { type: 'sidekick:command', command };
}

export function isCommandMessage(raw: unknown): raw is CommandMessage {
  return v.is(CommandMessageSchema, raw);
}
