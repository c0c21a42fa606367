import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

// Correctness rules fail the build (backtracking, dead or duplicate regex parts, unused code);
// purely stylistic regexp rules only warn.
const stylistic = [
  'regexp/use-ignore-case',
  'regexp/prefer-w',
  'regexp/prefer-d',
  'regexp/negation',
  'regexp/prefer-character-class',
  'regexp/prefer-predefined-assertion',
  'regexp/prefer-question-quantifier',
  'regexp/prefer-plus-quantifier',
  'regexp/prefer-star-quantifier',
  'regexp/prefer-range',
  'regexp/control-character-escape',
  'regexp/strict',
  'regexp/sort-flags',
  'regexp/no-useless-flag',
  'regexp/match-any',
  'regexp/no-useless-escape',
  'regexp/no-useless-non-capturing-group',
  'regexp/optimal-quantifier-concatenation',
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', 'scratch'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-misleading-capturing-group': 'off',
      ...Object.fromEntries(stylistic.map((rule) => [rule, 'warn'])),
    },
  },
);
