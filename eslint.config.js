import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports go one way: domain ← data, charts ← state ← components ← views (see docs in README). */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/', '.e2e-dist*/', '.bench/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render data as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never render data as HTML.' },
      ],
    },
  },
  layer(['src/domain/**'], ['../data/*', '../charts/*', '../state/*', '../components/*', '../views/*', '../i18n/*', 'react', 'echarts*'], 'src/domain is pure: it imports nothing from the rest of src.'),
  layer(['src/data/**'], ['../charts/*', '../state/*', '../components/*', '../views/*', 'react', 'echarts*'], 'src/data imports only src/domain.'),
  layer(['src/charts/**'], ['../data/*', '../state/*', '../components/*', '../views/*', 'react', 'react-dom', 'echarts', 'echarts-for-react*'], 'src/charts builds options from domain values: no React, no data layer, echarts only through echarts-types.'),
  { files: ['src/charts/echarts-types.ts'], rules: { 'no-restricted-imports': 'off' } },
  layer(['src/state/**'], ['../components/*', '../views/*', '../charts/*', '../data/*'], 'src/state parses and serializes the selection.'),
  layer(['src/components/**'], ['../views/*'], 'Components do not import views.'),
);
