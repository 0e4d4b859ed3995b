// The page's configuration from the shell: this start's hashed class names and the language.
import { BOOT_GLOBAL, type BootConfig } from '../boot';
import type { ClassKey } from '../classes';
import { UI, type Lang, type UiKey } from '../labels';

function readBoot(): BootConfig {
  const boot = (window as unknown as Record<string, unknown>)[BOOT_GLOBAL];
  if (typeof boot !== 'object' || boot === null) throw new Error('portal replica: boot config missing');
  return boot as BootConfig;
}

export const boot: BootConfig = readBoot();
export const lang: Lang = boot.lang;

export const cls = (key: ClassKey): string => boot.classes[key];

export const t = (key: UiKey): string => UI[key][lang];
