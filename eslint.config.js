// ESLint (flat config): the TypeScript of every workspace, tests and tooling included.
// The rules are typescript-eslint's recommended set; the few changes below say why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'clients/sdk/generated/**', 'clients/apps/**/*.vue', 'docs/screenshots/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Plain JavaScript run by Node as it is (the container's health check).
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: { process: 'readonly', fetch: 'readonly', AbortSignal: 'readonly', console: 'readonly', URL: 'readonly' } } },
  {
    rules: {
      // Unused bindings are already a type error (noUnusedLocals); an argument named `_x` is kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Test helpers and benches read raw JSON answers whose shape the assertions check.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
