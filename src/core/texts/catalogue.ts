/**
 * The shape every language must fill for a part: the English part's keys, each a text or a function
 * of its parameters that returns one. A language's part is typed `Texts<typeof englishPart>`, so a
 * missing or misnamed text is a type error, not an English fallback.
 */
export type Texts<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly (infer E)[]
      ? readonly Texts<E>[]
      : { readonly [K in keyof T]: Texts<T[K]> };
