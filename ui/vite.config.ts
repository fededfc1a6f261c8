import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The UI is served from inside the Tauri binary: relative asset paths, no inline scripts
// (the window's Content-Security-Policy allows only 'self').
export default defineConfig({
  plugins: [svelte()],
  base: './',
  clearScreen: false,
  // The window's words are in the core's language folder, outside ui/: the dev server may read
  // it (paths relative to ui/; the first is what Vite allows by default).
  server: { fs: { allow: ['.', '../crates/ropa-core/locales'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'safari15',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
