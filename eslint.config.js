import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src, by path. A layer may import only the layers it lists (and itself); every other
 * folder of src is off limits, so a back-arrow fails `npm run lint`. Globs cover subfolders, so the
 * rule still holds when a folder grows one. `src/data/table/*.ts` is the table layer without its
 * `ledger/` subfolder, which sits below it.
 */
const DATA_STAGES = [
  ['text', 'src/data/text/**', []],
  ['export', 'src/data/export/**', []],
  ['issues', 'src/data/issues/**', ['text']],
  ['columns', 'src/data/columns/**', ['text', 'issues']],
  ['import', 'src/data/import/**', ['text', 'issues', 'columns']],
  ['cells', 'src/data/cells/**', ['text', 'issues', 'columns', 'import']],
  ['ledger', 'src/data/table/ledger/**', ['text', 'issues', 'columns', 'import', 'cells']],
  ['table', 'src/data/table/*.ts', ['text', 'issues', 'columns', 'import', 'cells', 'ledger']],
  ['json', 'src/data/json/**', ['text', 'issues', 'columns', 'import', 'cells', 'ledger', 'table']],
  [
    'dataset',
    'src/data/dataset/**',
    ['text', 'issues', 'columns', 'import', 'cells', 'ledger', 'table', 'json'],
  ],
  ['workspace', 'src/data/workspace/**', ['text', 'issues', 'columns', 'import', 'cells']],
  ['targets', 'src/data/targets/**', ['text', 'issues', 'cells', 'workspace']],
  ['strategy', 'src/data/strategy/**', ['text', 'issues', 'workspace']],
  [
    'pipeline',
    'src/data/pipeline/**',
    ['text', 'issues', 'columns', 'import', 'cells', 'ledger', 'table', 'json', 'dataset', 'workspace'],
  ],
];
const DATA = DATA_STAGES.map(([name]) => name);
const LAYERS = [
  ['domain', 'src/domain/**', [], 'src/domain is pure: it imports nothing from the rest of src.'],
  ...DATA_STAGES.map(([name, glob, allowed]) => [
    name,
    glob,
    ['domain', ...allowed],
    `src/data/${name} is a stage of the import pipeline: it imports only the stages below it (${allowed.join(', ') || 'none'}) and src/domain.`,
  ]),
  [
    'i18n',
    'src/i18n/**',
    ['domain'],
    'src/i18n holds the text and number formats: it imports only src/domain.',
  ],
  ['charts', 'src/charts/**', ['domain', 'i18n'], 'src/charts builds options from domain values.'],
  ['state', 'src/state/**', ['domain'], 'src/state parses and serializes the selection: only src/domain.'],
  [
    'workers',
    'src/workers/**',
    ['domain', ...DATA],
    'src/workers runs the pipeline: it imports src/data and src/domain.',
  ],
  ['app', 'src/app/**', ['domain', ...DATA, 'workers'], 'src/app is browser I/O over the pipeline: no UI.'],
  [
    'components',
    'src/components/**',
    ['domain', ...DATA, 'i18n', 'charts', 'state', 'app'],
    'Components do not import views or workers.',
  ],
  [
    'views',
    'src/views/**',
    ['domain', ...DATA, 'i18n', 'charts', 'state', 'app', 'components'],
    'Views do not import workers.',
  ],
];
const globOf = new Map(LAYERS.map(([name, glob]) => [name, glob]));
const zones = LAYERS.flatMap(([name, target, allowed, message]) => {
  const from = LAYERS.filter(([other]) => other !== name && !allowed.includes(other)).map(([other]) =>
    globOf.get(other),
  );
  // Files at the top of src (App.tsx, main.tsx) are the root: nothing imports them.
  return [{ target, from: [...from, 'src/*.{ts,tsx}'], message }];
});

/** Packages a layer must not import. */
const packages = (files, forbidden, message) => ({
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
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render data as HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never render data as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  packages(
    ['src/domain/**'],
    ['react', 'react-dom', 'echarts*'],
    'src/domain is pure: no React, no ECharts.',
  ),
  packages(
    ['src/data/**'],
    ['react', 'react-dom', 'echarts*', '@tanstack/*'],
    'src/data runs in Node too: no React, no ECharts, no browser queries.',
  ),
  packages(
    ['src/charts/**'],
    ['react', 'react-dom', 'echarts', 'echarts-for-react*'],
    'src/charts: no React; echarts only through echarts-types.',
  ),
  { files: ['src/charts/echarts-types.ts'], rules: { 'no-restricted-imports': 'off' } },
);
