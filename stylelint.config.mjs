// CSS rules for the renderer: the standard config, plus the design tokens as the only source of
// font sizes, corner radii, spacing and colours (tokens.css defines them; everything else uses
// var(--…)), so a theme change is one file and a stray literal cannot slip past review.
const tokensOnly =
  'Use a token from tokens.css (var(--fs-…), var(--radius-…), var(--space-…), a colour token).';

const literalLength = [/\d(px|rem|em)\b/];
const sizesAndRadii = { 'font-size': literalLength, 'border-radius': literalLength };
// Spacing: 0, auto and percentages stay allowed (they are not sizes on the scale).
const spacing = { '/^(padding|margin|inset)/': literalLength, '/^(row-|column-)?gap$/': literalLength };

export default {
  extends: ['stylelint-config-standard'],
  ignoreFiles: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '.bench-build/**'],
  rules: {
    // The stylesheets are ordered by feature, not by specificity; reordering them to satisfy this
    // would scatter each feature's rules.
    'no-descending-specificity': null,
    // CSS Modules: `:global(.btn)` reaches a kit class (defined in base.css) from a module's rule.
    'selector-pseudo-class-no-unknown': [true, { ignorePseudoClasses: ['global'] }],
    'declaration-property-value-disallowed-list': [{ ...sizesAndRadii, ...spacing }, { message: tokensOnly }],
    // Colours: no hex, no colour functions, no named colours. color-mix() of tokens stays allowed
    // (tints such as "danger at 18 %"), as do transparent and currentcolor.
    'color-no-hex': [true, { message: tokensOnly }],
    'color-named': ['never', { message: tokensOnly }],
    'function-disallowed-list': [
      ['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color'],
      { message: tokensOnly },
    ],
  },
  overrides: [
    {
      files: ['src-renderer/src/styles/tokens.css'],
      rules: {
        'declaration-property-value-disallowed-list': null,
        'color-no-hex': null,
        'color-named': null,
        'function-disallowed-list': null,
      },
    },
  ],
};
