// English: the language every other one is checked against (MessageKey is its keys). One file per subject; no key
// is in two of them (tests/unit/lib/i18n/complete.test.ts).
import { attention } from './attention';
import { common } from './common';
import { contact } from './contact';
import { errors } from './errors';
import { options } from './options';
import { page } from './page';
import { popup } from './popup';
import { preferences } from './preferences';
import { presets } from './presets';
import { quickReplies } from './quick-replies';
import { reasons } from './reasons';
import { scamGuard } from './scam-guard';
import { settingsFile } from './settings-file';
import { stores } from './stores';
import { templates } from './templates';

export const en = {
  ...common,
  ...page,
  ...presets,
  ...quickReplies,
  ...contact,
  ...scamGuard,
  ...reasons,
  ...popup,
  ...options,
  ...stores,
  ...preferences,
  ...templates,
  ...settingsFile,
  ...errors,
  ...attention,
};

export type MessageKey = keyof typeof en;
