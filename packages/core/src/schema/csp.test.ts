import { describe, expect, it } from 'vitest';

describe('under a strict Content-Security-Policy', () => {
  it('builds and runs the schema without compiling code (no new Function from zod)', async () => {
    const fromZod: string[] = [];
    const original = globalThis.Function;
    const watch = (): void => {
      const stack = new Error().stack ?? '';
      if (stack.includes('/zod/')) fromZod.push(stack);
    };
    globalThis.Function = new Proxy(original, {
      construct(target, args: string[]) {
        watch();
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args: string[]) {
        watch();
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    try {
      const { safeParsePathway } = await import('./index.js');
      const { samplePathway } = await import('./test-fixtures.js');
      expect(safeParsePathway(samplePathway()).ok).toBe(true);
      expect(safeParsePathway({ nodes: 'x' }).ok).toBe(false);
    } finally {
      globalThis.Function = original;
    }
    expect(fromZod).toEqual([]);
  });
});
