// @vitest-environment node
// The rooms' lint rule (eslint.config.js; README, "How it is built") fails on the imports it exists to stop and
// lets the allowed ones through. Each case lints a made-up file at a path inside a room, with the project's config.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const RULE = 'boundaries/dependencies';
// Loading the config and the TypeScript parser takes a few seconds on the first file.
const SLOW = 60_000;

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function lint(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('a room imports only itself, components/shared and lib', () => {
  it('refuses a popup file importing the background', { timeout: SLOW }, async () => {
    const messages = await lint(
      'entrypoints/popup/cross-room.ts',
      "import { runSync } from '@/entrypoints/background/sync/run';\nexport const run = runSync;\n",
    );
    expect(messages).toEqual([
      { ruleId: RULE, message: expect.stringContaining("The popup room may not import the background room's") },
    ]);
  });

  it('refuses a type-only relative import across rooms', { timeout: SLOW }, async () => {
    const messages = await lint(
      'components/popup/cross-room.ts',
      "import type { SyncOptions } from '../../entrypoints/background/sync/run';\nexport type Options = SyncOptions;\n",
    );
    expect(messages.map((m) => m.ruleId)).toEqual([RULE]);
  });

  it('refuses the page reaching into the popup, by re-export and by dynamic import', { timeout: SLOW }, async () => {
    const messages = await lint(
      'entrypoints/seller.content/cross-room.ts',
      "export * from '@/components/popup/state';\nexport const load = () => import('@/entrypoints/popup/main');\n",
    );
    expect(messages.map((m) => m.ruleId)).toEqual([RULE, RULE]);
  });

  it('refuses components/shared importing a room', { timeout: SLOW }, async () => {
    const messages = await lint(
      'components/shared/cross-room.ts',
      "import { Sidebar } from '@/components/page/Sidebar';\nexport const sidebar = Sidebar;\n",
    );
    expect(messages.map((m) => m.ruleId)).toEqual([RULE]);
  });

  it('lets a room import itself, components/shared, lib and packages', { timeout: SLOW }, async () => {
    const messages = await lint(
      'components/page/allowed.tsx',
      [
        "import { h } from 'preact';",
        "import { defineFeature } from '@/entrypoints/seller.content/feature';",
        "import { Sidebar } from './Sidebar';",
        "import '@/components/shared/pages.css';",
        "import { t } from '@/lib/i18n';",
        "import { send } from '@/lib/protocol/send';",
        'export const parts = [h, defineFeature, Sidebar, t, send];',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });
});

describe('lib imports no entrypoint and no component', () => {
  it('refuses a lib file importing an entrypoint', { timeout: SLOW }, async () => {
    const messages = await lint(
      'lib/presets/reaches-out.ts',
      "import { defineFeature } from '../../entrypoints/seller.content/feature';\nexport const define = defineFeature;\n",
    );
    expect(messages).toEqual([{ ruleId: RULE, message: expect.stringContaining('lib imports no entrypoint') }]);
  });

  it('refuses a lib file importing a component', { timeout: SLOW }, async () => {
    const messages = await lint(
      'lib/scam/reaches-out.ts',
      "import { Sidebar } from '@/components/page/Sidebar';\nexport const sidebar = Sidebar;\n",
    );
    expect(messages.map((m) => m.ruleId)).toEqual([RULE]);
  });
});

describe('pure lib modules import nothing with side effects', () => {
  it('refuses wxt/browser in a pure module', { timeout: SLOW }, async () => {
    const messages = await lint(
      'lib/prefs-reader.ts',
      "import { browser } from 'wxt/browser';\nexport const id = () => browser.runtime.id;\n",
    );
    expect(messages).toEqual([{ ruleId: RULE, message: expect.stringContaining('nothing with side effects (wxt/browser)') }]);
  });

  it('refuses idb, preact, the polyfill (even type-only) and Node modules', { timeout: SLOW }, async () => {
    const messages = await lint(
      'lib/shipments/effects.ts',
      [
        "import { openDB } from 'idb';",
        "import { h } from 'preact';",
        "import type { Runtime } from 'webextension-polyfill';",
        "import { readFileSync } from 'node:fs';",
        'export type Sender = Runtime.MessageSender;',
        'export const effects = [openDB, h, readFileSync];',
        '',
      ].join('\n'),
    );
    expect(messages.map((m) => m.ruleId)).toEqual([RULE, RULE, RULE, RULE]);
  });

  it("refuses the door's sender in a pure module", { timeout: SLOW }, async () => {
    const messages = await lint(
      'lib/protocol/uses-send.ts',
      "import { send } from './send';\nexport const post = send;\n",
    );
    expect(messages).toEqual([{ ruleId: RULE, message: expect.stringContaining('it talks to the browser') }]);
  });

  it("refuses WXT's auto-imported browser and the page's globals", { timeout: SLOW }, async () => {
    const messages = await lint('lib/scam/globals.ts', 'export const where = () => [browser.runtime.id, document.title];\n');
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-globals', 'no-restricted-globals']);
  });

  it('lets a pure module import lib and the pure packages, and the sender import the browser', { timeout: SLOW }, async () => {
    const pure = await lint(
      'lib/presets/allowed.ts',
      "import * as v from 'valibot';\nimport { foldText } from '@/lib/i18n/text';\nimport { PORTAL_ORIGIN } from '../portal-links';\nexport const parts = [v, foldText, PORTAL_ORIGIN];\n",
    );
    const sender = await lint(
      'lib/protocol/send.ts',
      "import { browser } from 'wxt/browser';\nexport const id = () => browser.runtime.id;\n",
    );
    expect([pure, sender]).toEqual([[], []]);
  });
});

describe('tests, sandbox, bench and scripts are outside the rule', () => {
  it('lets a test import any room', { timeout: SLOW }, async () => {
    const messages = await lint(
      'tests/unit/popup/reaches-anywhere.test.ts',
      "import { runSync } from '@/entrypoints/background/sync/run';\nimport { Sidebar } from '@/components/page/Sidebar';\nexport const parts = [runSync, Sidebar];\n",
    );
    expect(messages).toEqual([]);
  });
});
