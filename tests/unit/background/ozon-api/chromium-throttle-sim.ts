// An independent model of Chromium's extension request throttling (extensions/renderer/extension_throttle_entry.cc
// over net::BackoffEntry), for tests: per URL, 500/503/509 count as failures, the first two are ignored, then each
// failure holds the URL for 700 ms × 1.4^(n − 3) less a random jitter of up to 40 %; any other answer takes one
// failure off; a request during a hold fails in the browser with a TypeError ("Failed to fetch").

export interface SimulatedChromium {
  /** Wraps a fetch: requests during a hold are refused before they reach it. */
  wrap(inner: typeof fetch, now: () => number): typeof fetch;
  /** Requests the browser refused. */
  refused: string[];
}

export function simulateChromiumThrottle(jitter: () => number = () => 0): SimulatedChromium {
  const entries = new Map<string, { failures: number; release: number }>();
  const refused: string[] = [];
  return {
    refused,
    wrap(inner, now) {
      return (async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input).split(/[?#]/)[0]!.toLowerCase();
        const entry = entries.get(url) ?? { failures: 0, release: 0 };
        entries.set(url, entry);
        if (entry.release > now()) {
          refused.push(url);
          throw new TypeError('Failed to fetch');
        }
        const response = await inner(input, init);
        const failed = response.status === 500 || response.status === 503 || response.status === 509;
        if (failed) {
          entry.failures += 1;
          const effective = entry.failures - 2;
          if (effective > 0) {
            const delay = 700 * 1.4 ** (effective - 1);
            entry.release = Math.max(entry.release, now() + delay - jitter() * 0.4 * delay);
          } else entry.release = Math.max(entry.release, now());
        } else if (entry.failures > 0) entry.failures -= 1;
        return response;
      }) as typeof fetch;
    },
  };
}
