import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Two apps, one build: the backoffice (ANaTT staff) and the portal (citizens, public document check).
export default defineConfig({
  plugins: [vue()],
  root: import.meta.dirname,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        backoffice: resolve(import.meta.dirname, 'backoffice/index.html'),
        portal: resolve(import.meta.dirname, 'portal/index.html'),
      },
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
});
