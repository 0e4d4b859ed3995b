import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import wxtAutoImports from './.wxt/eslint-auto-imports.mjs';

const ROOT = import.meta.dirname;

// ---- The rooms and the one door (README, "How it is built") ----
// A room is its entrypoint folder plus its components/ subfolder. ('[.]' is a literal dot: the plugin reads a dot
// in a folder pattern as a file extension.)
const ROOMS = {
  background: ['entrypoints/background'],
  page: ['entrypoints/seller[.]content', 'components/page'],
  popup: ['entrypoints/popup', 'components/popup'],
  options: ['entrypoints/options', 'components/options'],
};
const ROOM_TYPES = Object.keys(ROOMS);

const elements = [
  ...Object.entries(ROOMS).flatMap(([type, folders]) => folders.map((pattern) => ({ type, pattern, partialMatch: false }))),
  { type: 'shared-ui', pattern: 'components/shared', partialMatch: false },
  { type: 'lib', pattern: 'lib', partialMatch: false },
];

// Everything in lib/ is pure except the door's sender, the one lib module that talks to the browser.
const LIB_WITH_SIDE_EFFECTS = ['lib/protocol/send.ts'];
const files = [
  ...LIB_WITH_SIDE_EFFECTS.map((pattern) => ({ category: 'side-effects', pattern })),
  { category: 'pure', pattern: 'lib/**' },
];

// The only packages a pure module may import: they compute and touch nothing.
const PURE_PACKAGES = ['valibot', 'lossless-json'];
// Named in the message: the browser API (WXT and its auto-imports, the polyfill), storage, the UI, test DOMs.
const SIDE_EFFECT_PACKAGES = [
  'wxt', 'wxt/**', '#imports', '@wxt-dev/**', 'webextension-polyfill',
  'idb', 'fake-indexeddb', 'preact', 'preact/**', '@preact/**', 'happy-dom',
];
// Globals a pure module may not touch either: WXT's auto-imports are imports without an import line.
const SIDE_EFFECT_GLOBALS = [
  ...Object.keys(wxtAutoImports.languageOptions.globals),
  'chrome', 'document', 'window', 'navigator', 'indexedDB', 'localStorage', 'sessionStorage', 'fetch',
];

const el = (type) => ({ element: { type } });
const pureLib = { element: { type: 'lib' }, file: { categories: 'pure' } };
const anyPackage = { module: { origin: 'external' } };
const RULE = 'README, "How it is built"';

// Policies are read in order and the last one that matches decides; anything no policy allows is refused.
const policies = [
  ...ROOM_TYPES.map((type) => ({ from: el(type), allow: { to: [el(type), el('shared-ui'), el('lib'), anyPackage] } })),
  { from: el('shared-ui'), allow: { to: [el('shared-ui'), el('lib'), anyPackage] } },
  { from: el('lib'), allow: { to: el('lib') } },
  { from: { element: { type: 'lib' }, file: { categories: 'side-effects' } }, allow: { to: anyPackage } },
  { from: pureLib, allow: { to: { module: { origin: 'external', source: PURE_PACKAGES } } } },
  ...ROOM_TYPES.map((type) => ({
    from: el(type),
    disallow: { to: ROOM_TYPES.filter((other) => other !== type).map(el) },
    message: `The {{from.type}} room may not import the {{to.type}} room's {{to.filePath}}: a room imports only itself, components/shared and lib (${RULE}).`,
  })),
  {
    from: el('shared-ui'),
    disallow: { to: ROOM_TYPES.map(el) },
    message: `components/shared may not import the {{to.type}} room's {{to.filePath}}: it imports only itself and lib (${RULE}).`,
  },
  {
    from: el('lib'),
    disallow: { to: [...ROOM_TYPES, 'shared-ui'].map(el) },
    message: `lib/ may not import {{to.filePath}}: lib imports no entrypoint and no component (${RULE}).`,
  },
  {
    from: pureLib,
    disallow: { to: { file: { categories: 'side-effects' } } },
    message: `A pure lib module may not import {{to.filePath}}: it talks to the browser. Pass the effect in (${RULE}).`,
  },
  {
    from: pureLib,
    disallow: [{ to: { module: { origin: 'core' } } }, { dependency: { source: SIDE_EFFECT_PACKAGES } }],
    message: `A pure lib module imports nothing with side effects ({{dependency.source}}); it may import lib/ and ${PURE_PACKAGES.join(', ')} (${RULE}).`,
  },
];

const roomsRule = {
  files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
  ignores: ['**/*.test.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'boundaries/root-path': ROOT,
    'boundaries/elements': elements,
    'boundaries/files': files,
    'boundaries/files-single-match': true,
    'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
    'boundaries/legacy-templates': false,
    // An `@/` path that does not resolve stays local (and unknown, so refused) instead of passing as a package.
    'boundaries/flag-as-external': { unresolvableAlias: false },
    'import/resolver': { typescript: { project: `${ROOT}/tsconfig.json` } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        checkAllOrigins: true,
        checkUnknownLocals: true,
        checkInternals: true,
        message: `{{from.type}} may not import {{dependency.source}}: only its own room, components/shared, lib and packages (${RULE}).`,
        policies,
      },
    ],
  },
};

const pureLibGlobals = {
  files: ['lib/**/*.{ts,tsx}'],
  ignores: ['**/*.test.{ts,tsx}', ...LIB_WITH_SIDE_EFFECTS],
  rules: {
    'no-restricted-globals': [
      'error',
      ...SIDE_EFFECT_GLOBALS.map((name) => ({ name, message: `A pure lib module touches no browser, page or storage (${RULE}).` })),
    ],
  },
};

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
  // The rooms' rule. Tests, sandbox, bench and scripts are outside it: they may reach into any room.
  roomsRule,
  pureLibGlobals,
);
