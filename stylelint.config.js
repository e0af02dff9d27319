// CSS lint: logical properties only, so that right-to-left screens mirror by themselves.
// `csstools/use-logical` covers margins, paddings, insets, borders, sizes and text-align; the
// built-in rules below cover what it does not (float/clear values, physical translate/positions,
// selectors on the dir attribute instead of :dir()).
export default {
  plugins: ['stylelint-use-logical'],
  rules: {
    'csstools/use-logical': ['always'],
    'declaration-property-value-disallowed-list': {
      float: ['left', 'right'],
      clear: ['left', 'right'],
      // Four values name left and right separately; use the -block / -inline longhands instead.
      '/^(margin|padding|inset|scroll-margin|scroll-padding)$/': ['/^\\S+\\s+\\S+\\s+\\S+\\s+\\S+$/'],
      'border-radius': ['/^\\S+\\s+\\S+/'],
      'background-position': ['/\\b(left|right)\\b/'],
      'background-position-x': ['/.*/'],
      transform: ['/translateX\\(/'],
    },
    'property-disallowed-list': [
      ['translate'],
      { message: 'Use a logical alternative, or :dir() if a flip is meant.' },
    ],
    'selector-attribute-name-disallowed-list': [
      ['dir'],
      { message: 'Use :dir(rtl) / :dir(ltr): it follows inherited direction.' },
    ],
  },
};
