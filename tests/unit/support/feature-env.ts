// A feature's environment in a unit test, as the navigation builds it (entrypoints/seller.content/navigation.ts):
// its own AbortController (`stop()` aborts it, as the next navigation would) and the settings loaded through a fake
// background.
import { loadSettings, type NavigationSettings } from '@/entrypoints/seller.content/env';
import type { FeatureEnv } from '@/entrypoints/seller.content/feature';
import type { Lifecycle } from '@/entrypoints/seller.content/lifecycle';
import { createPageObserver, type PageObserver } from '@/entrypoints/seller.content/observer';
import { createPageState, type PageStateStore } from '@/entrypoints/seller.content/page-state';
import { pageKindOf } from '@/entrypoints/seller.content/portal/page-kind';
import type { FakeBackground } from './fake-background';

export interface TestFeatureEnv extends FeatureEnv {
  settings: NavigationSettings;
  /** Stops the feature: aborts its signal. */
  stop(): void;
}

export interface TestEnvOptions {
  href?: string;
  observer?: PageObserver;
  state?: PageStateStore;
}

export function testFeatureEnv(background: FakeBackground, options: TestEnvOptions = {}): TestFeatureEnv {
  const controller = new AbortController();
  const { signal } = controller;
  const ctx: Lifecycle = { signal, isValid: true, onInvalidated: () => () => undefined };
  return {
    ctx,
    page: pageKindOf(options.href ?? 'https://seller.ozon.ru/app/messenger?group=customers_v2'),
    observer: options.observer ?? createPageObserver(document.body, (run) => setTimeout(run, 0)),
    state: options.state ?? createPageState(),
    signal,
    settings: loadSettings({ signal, send: background.send }),
    stop: () => controller.abort(),
  };
}
