// CSS rules for the renderer: the standard config, plus the design tokens as the only source of
// font sizes and corner radii (tokens.css defines them; everything else uses var(--…)).
export default {
  extends: ['stylelint-config-standard'],
  ignoreFiles: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'],
  rules: {
    // The stylesheets are ordered by feature, not by specificity; reordering them to satisfy this
    // would scatter each feature's rules.
    'no-descending-specificity': null,
    'declaration-property-value-disallowed-list': [
      { 'font-size': [/\d(px|rem|em)\b/], 'border-radius': [/\d(px|rem|em)\b/] },
      { message: 'Use a token from tokens.css (var(--fs-…), var(--radius-…)).' },
    ],
  },
  overrides: [
    {
      files: ['src-renderer/src/styles/tokens.css'],
      rules: { 'declaration-property-value-disallowed-list': null },
    },
  ],
};
