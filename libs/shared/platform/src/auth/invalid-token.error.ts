/** Why a token was refused, in Danish, for the 401 answer. */
export class InvalidTokenError extends Error {}
