import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so the built site works from any folder of any static web server.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    copyPublicDir: true,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
