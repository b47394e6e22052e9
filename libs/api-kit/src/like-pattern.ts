/**
 * A user's search text inside a SQL LIKE pattern (the statement says `escape '\'`): the
 * wildcards and the escape character itself match only themselves, so "50%" finds "50%".
 */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');

/** Matches values containing the text anywhere. */
export const containsPattern = (text: string): string => `%${escapeLike(text)}%`;
