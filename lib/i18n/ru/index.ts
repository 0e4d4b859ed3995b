// Russian: every key of lib/i18n/en, subject by subject (each file is typed against its English one).
import type { MessageKey } from '../en';
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

export const ru = {
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
} satisfies Record<MessageKey, string>;

