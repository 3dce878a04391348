import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', '.cache', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*'], message: 'Only src/db imports duckdb-wasm.' }],
      }],
    },
  },
  {
    files: ['src/db/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
