// Presets: the sidebar's list and editor, the options page's section, the built-in presets' names and why a preset
// is refused.

export const presets = {
  // The sidebar
  presetsTitle: 'Presets',
  presetsHotkeysHint: 'Alt+1…9 applies a preset.',
  presetsLoading: 'Loading presets…',
  presetsNoneYet: 'No presets yet.',
  presetApplyTitle: 'Apply: {name}',
  presetClear: 'Show all rows',
  presetNew: 'New preset',
  presetDeleteConfirm: 'Delete «{name}»? Press again to confirm.',
  presetMoveUp: 'Move up',
  presetMoveDown: 'Move down',
  presetNameShort: 'Name',
  presetPortalFilters: 'The portal’s filters',
  presetExtra: 'Extra criteria',
  presetWaiting: 'Waiting longer than (hours)',
  presetScam: 'Has a scam warning',
  presetText: 'Text contains',
  presetSku: 'SKU',
  presetOrder: 'Order number',
  presetCountApi: '{count} synced chats match',
  presetCountPage: '{count} rows on this page match',
  presetUntitled: 'My preset',

  // The options page
  presetsHint: 'Saved combinations of the portal’s chat filters, shown in the sidebar. The portal refuses some pairs of filters.',
  presetsEmpty: 'No presets.',
  presetNoFilters: 'No portal filter',
  newPreset: 'New preset',
  editPresetTitle: 'Edit the preset',
  presetName: 'Preset name',
  presetFilters: 'Portal filters',
  presetWaitingOver: 'Waiting longer than (hours)',
  presetScamOnly: 'Only chats with a scam warning',
  presetTextContains: 'Last message contains',
  presetOrderNumber: 'Order number',
  savePreset: 'Save preset',
  deletePresetConfirm: 'Delete the preset “{name}”?',

  // The built-in presets, shown translated until the seller renames them (lib/presets/model.ts)
  'presetBuiltin:needs-my-reply': 'Needs my reply',
  'presetBuiltin:order-questions': 'Order questions waiting for me',
  'presetBuiltin:product-questions-new': 'Product questions, new',
  'presetBuiltin:waiting-on-customer': 'Waiting on the customer',
  'presetBuiltin:waiting-over-24h': 'Waiting over 24 h',
  'presetBuiltin:suspicious': 'Suspicious',

  // Why a preset is refused (lib/presets/model.ts, describeProblem); why one could not be applied on the page
  presetInvalidValue: 'Invalid value: {field}',
  presetConflict: 'The Ozon portal does not combine {a} with {b}: keep one of them.',
  presetFiltersNotSet: "Could not set the portal's filter {names}: the list shows the portal's current filters.",
};
