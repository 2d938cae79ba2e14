import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'test-results*/**', 'playwright-report/**', 'screenshots/**', 'bench-results/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Captured page text must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text through JSX or textContent.' },
        { property: 'outerHTML', message: 'Render text through JSX or textContent.' },
        { property: 'insertAdjacentHTML', message: 'Render text through JSX or textContent.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render captured text as HTML.' },
      ],
    },
  },
);
