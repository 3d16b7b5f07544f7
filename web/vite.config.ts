// Vite builds the browser app from web/ into web/dist; web/server serves it.
// In development, `npx vite --config web/vite.config.ts` proxies /api to a running `kg serve`.
import { defineConfig } from 'vite';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': process.env.KG_API ?? 'http://127.0.0.1:5174' },
  },
});
