// The sidebar's view of the navigation's settings (entrypoints/seller.content/env.ts): the component renders again
// after each answer, push or change, and listens to the settings of the page it shows now.
import { useEffect, useState } from 'preact/hooks';
import type { PageSettings } from '../../entrypoints/seller.content/env';

export function useSettings(settings: PageSettings): PageSettings {
  const [, setRenders] = useState(0);
  const rerender = () => setRenders((n) => n + 1);
  const shown = settings.prefs;
  useEffect(() => {
    const listening = new AbortController();
    settings.onChange(rerender, listening.signal);
    // A change between the render and this effect.
    if (settings.prefs !== shown) rerender();
    return () => listening.abort();
    // `shown` is what this render saw; only a new settings object (a navigation) listens again.
  }, [settings]);
  return settings;
}
