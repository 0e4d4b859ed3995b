import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/results.json', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Chat text is untrusted: render it as text.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Chat text is untrusted: render it as text.' },
      ],
    },
  },
  {
    files: ['sandbox/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
