// ESLint for Beacon's web UI: the recommended JavaScript and TypeScript rules; formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'e2e/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
);
