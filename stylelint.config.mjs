/**
 * The CSS's one rule beyond syntax: sizes come from app.css's scales. Type
 * is a `--text-*` step and spacing a `--space-*` step (or 0 or auto), so a
 * newcomer's new style cannot start a sixteenth font size. Print (print.css,
 * in points for paper) and drawings sized to their box are the exceptions,
 * each marked where it is.
 */
const STEP = String.raw`var\(--space-\d\)`;
const SPACE = String.raw`(${STEP}|0|auto|clamp\(${STEP}, [0-9.]+vw, ${STEP}\))`;

/** @type {import('stylelint').Config} */
export default {
  ignoreFiles: ['dist/**', 'coverage/**', 'src/app/print.css'],
  rules: {
    'declaration-property-value-allowed-list': {
      'font-size': [String.raw`/^(var\(--text-[a-z0-9]+\)|inherit)$/`],
      '/^(padding|margin|gap|row-gap|column-gap)/': [
        new RegExp(String.raw`^${SPACE}(\s+${SPACE}){0,3}$`),
      ],
    },
  },
};
