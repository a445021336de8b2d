import react from '@vitejs/plugin-react';
import { triglotAnnotations } from './app/web/build/annotations-plugin';
import { triglotDocuments } from './app/web/build/documents-plugin';
import { triglotCitations } from './app/web/build/citations-plugin';
import { defineConfig } from 'vitest/config';
import { highwireMetaTags } from './app/citation/highwire-vite-plugin.js';

export default defineConfig({
  root: 'app/web',
  publicDir: false,
  base: './',
  plugins: [
    react(),
    triglotDocuments(),
    triglotAnnotations(),
    triglotCitations(),
    highwireMetaTags(),
  ],
  server: { fs: { allow: ['../..'] } },
  build: { outDir: '../../dist', emptyOutDir: true },
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30000,
  },
});
