// ESLint over the TypeScript sources, with type information: the compiler checks types, this catches what the types
// allow but is still wrong (a promise nobody awaits or handles, `any` leaking in, an assertion that hides nothing).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/e2e/.cache/**', '**/*.js', '**/*.mjs', '**/*.cjs'],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // A promise left floating loses its rejection: await it, return it, or mark a deliberate fire-and-forget `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      // `const { stats: _stats, ...rest } = x` drops a property on purpose; the compiler's noUnusedLocals agrees.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests build async iterables with `async function*` that yield without awaiting (stand-ins for streams), and
      // pass `async` probes to helpers that expect a promise; an async function without `await` is the plain way to
      // write both. In src/ the rule stays on.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Lines a reader sees whole, beside a diff or a second editor; test/unit/codeShape.test.ts counts the same limit.
      'max-len': ['error', { code: 140, tabWidth: 2 }],
    },
  },
);
