import { describe, expect, it } from 'vitest';
import { missingParts, runTarget, type Target } from '@/entrypoints/seller.content/portal/targets';

describe('targets as data', () => {
  const scope = document.createElement('div');
  it('uses the first finder that finds something and says which', () => {
    const target: Target<string> = {
      name: 'thing',
      expect: 'one',
      finders: [
        { cue: 'broken', find: () => { throw new Error('x'); } },
        { cue: 'none', find: () => [] },
        { cue: 'works', find: () => ['a', 'b'] },
      ],
    };
    const result = runTarget(target, scope);
    expect(result).toMatchObject({ finder: 'works', finderIndex: 2, ok: true, ambiguous: true, found: ['a'] });
  });
  it('reports unmet expectations by name; optional never', () => {
    const none = { cue: 'none', find: () => [] as string[] };
    const results = [
      runTarget({ name: 'a', expect: 'one', finders: [none] }, scope),
      runTarget({ name: 'b', expect: 'many', finders: [none] }, scope),
      runTarget({ name: 'c', expect: 'optional', finders: [none] }, scope),
    ];
    expect(missingParts(results)).toEqual(['a', 'b']);
  });
});
