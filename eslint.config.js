// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro. Not the
// type-aware presets: `astro check` (tsc, strictest) already runs in npm test, and the
// type-aware rules would double the time of the lint step on a 2-core machine.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.tmp/',
      // The search index being made beside the output (src/io/search-index.ts), as in .gitignore.
      '.*-pagefind/',
      '.astro/',
      'bench-results/',
      'node_modules/',
      'public/admin/decap/',
      'public/vendor/',
      'public/admin/atlas-cms.js*',
      'src/lib/schema/types.generated.ts',
      'src/lib/schema/validators.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // The atlas matches control characters on purpose: refusing them in contributed text,
      // escaping them in output and stripping terminal colour codes is its security work.
      'no-control-regex': 'off',
      // `_name` marks a value left out on purpose (destructuring to drop a key).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
