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
  {
    rules: {
      // Unused bindings are already a type error (noUnusedLocals); an argument named `_x` is kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Test helpers and benches read raw JSON answers whose shape the assertions check.
      '@typescript-eslint/no-explicit-any': 'off',
      // Property assignments on `this` in type-graphql decorators are intentional.
      '@typescript-eslint/no-this-alias': 'error',
    },
  },
);
