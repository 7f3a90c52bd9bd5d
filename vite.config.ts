import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('./renderer/', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer/', import.meta.url));

// During `vite` development the API is the browser host (`npm run serve`); requests are forwarded
// to it. The host refuses requests addressed to another origin, so Host is rewritten and Origin
// dropped: the dev server is the only page that can reach the proxy.
const devApiTarget = `http://127.0.0.1:${process.env.CLAIMTRACE_PORT ?? '4750'}`;

export default defineConfig({
  root: rendererRoot,
  // Relative asset URLs: the desktop app loads the same files from its own protocol.
  base: './',
  // The plugin for React is not a dependency; esbuild's automatic runtime is all JSX needs.
  esbuild: { jsx: 'automatic' },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // Everything is bundled: the app must never fetch a script, font or style from elsewhere.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // zod ships comments that look like pure annotations where Rollup cannot use them; Rollup drops
      // them, as it should, and prints a paragraph for each before `npm start` gets to say where the
      // app is. Only that notice, and only about installed packages, is left out: every other
      // warning, and this one about our own code, is still printed.
      onLog(level, log, print) {
        if (log.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]/u.test(log.id ?? '')) return;
        print(level, log);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': {
        target: devApiTarget,
        changeOrigin: true,
        configure: (proxy) => {
          proxy.on('proxyReq', (request) => request.removeHeader('origin'));
        },
      },
    },
  },
});
