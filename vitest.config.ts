import { configDefaults, defineConfig } from 'vitest/config';

// Two projects, one run: component tests (renderer/*.test.tsx) get a DOM, everything else runs in
// plain Node. `npx vitest run` runs both; a path filter picks from both.
const COMPONENT_TESTS = 'test/unit/renderer/**/*.test.tsx';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, COMPONENT_TESTS],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: [COMPONENT_TESTS],
          environment: 'jsdom',
          setupFiles: ['test/unit/renderer/support/dom-setup.ts'],
        },
      },
    ],
  },
});
