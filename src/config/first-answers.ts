/**
 * The id of the script element in which the build embeds the answers to the
 * first view's requests (scripts/prerender-plugin.ts writes it, the app reads
 * it: src/app/first-answers.ts).
 */
export const FIRST_ANSWERS_ID = 'tt-first-answers';
