// html-validate configuration for the built pages (tests/dist/htmlValidity.test.ts).
// JavaScript rather than JSON so each relaxed rule can carry its reason: html-validate rejects extra keys.
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <input/>; self-closed and bare void elements are both valid HTML.
    'void-style': 'off',
    // Titles are published control and article titles plus the brand: length is an SEO choice, not validity.
    'long-title': 'off',
    // React's server renderer writes noValidate and inputMode; HTML attribute names are case-insensitive.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // React writes boolean attributes as novalidate="", Astro writes them bare; both are valid HTML.
    'attribute-boolean-style': 'off',
    // HTML allows any id without spaces; clause anchors such as #9-3-3 are public URLs and must stay.
    'valid-id': ['error', { relaxed: true }],
    // A group of checkboxes shares one name (the estimator's services and certifications).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // H32 is about forms that submit; the estimator recalculates as you type and never submits.
    'wcag/h32': 'off',
  },
};
