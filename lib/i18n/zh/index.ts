// 简体中文：lib/i18n/en 的每个键，按主题分文件（每个文件都以对应的英文文件为类型）。
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

export const zh = {
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
