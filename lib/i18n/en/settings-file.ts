// The settings file: export, import, reset, and what is wrong with a file that is refused (lib/settings-io.ts).

export const settingsFile = {
  fileTitle: 'Export, import, reset',
  exportTitle: 'Export',
  // Not “Api-Key”: getByLabel('Api-Key') must find only the store form's field.
  includeApiKeys: 'Include API keys',
  includeApiKeysWarning: 'The file will hold your API keys in plain text: keep it private.',
  exportButton: 'Export settings',
  exported: 'Exported (without API keys).',
  exportedWithKeys: 'Exported, with API keys.',
  importTitle: 'Import',
  importLabel: 'Import settings from a file',
  importHint: 'A file exported by Seller Sidekick. All or nothing: a file with a mistake changes nothing.',
  importing: 'Importing…',
  importNotJson: 'the file is not JSON',
  importRefused: 'Nothing was changed. Wrong field: {field}. {message}',
  importDone: 'Imported: preferences, {presets} presets, {templates} templates, {stores} stores.',
  resetTitle: 'Reset',
  resetButton: 'Reset to defaults',
  resetConfirm: 'Reset every setting, preset and template to the defaults? This cannot be undone.',
  resetConfirmYes: 'Yes, reset',
  resetDone: 'Settings reset to the defaults.',

  ioNotSettings: 'This is not a Seller Sidekick settings file ({field}).',
  ioInvalidField: 'Invalid value at {field}.',
  ioDuplicate: 'Repeated value at {field}.',
  ioPresetConflict: '{field}: {problem}',
  ioTooLarge: 'The file is {size} MB; a settings file is at most {limit} MB.',
  ioForbiddenKey: 'The field {field} is not allowed in a settings file.',
  ioUnknownField: 'Unknown field {field}.',
};
