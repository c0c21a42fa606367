/**
 * Closed-class English words several stages test tokens against, read once from
 * data/language/auxiliaries.json (lower case, as wink-nlp tokenizes them). Stages build
 * their own sets from these when they need more ("get" for passives, "seem" for copulas).
 *
 * @example
 * const PASSIVE_AUX = new Set([...BE_FORMS, 'get', 'got']);
 */
import auxiliaries from '../../data/language/auxiliaries.json' with { type: 'json' };

/** forms of be, without "'s" (is, has or a possessive) */
export const BE_FORMS: readonly string[] = auxiliaries.be;
/** forms of have, with "'ve" and "'d" */
export const HAVE_FORMS: readonly string[] = auxiliaries.have;
export const DO_FORMS: readonly string[] = auxiliaries.do;
/** modal verbs, with wink's "ca" (can't) and "wo" (won't) */
export const MODALS: readonly string[] = auxiliaries.modal;
export const NEGATORS: readonly string[] = auxiliaries.negation;
