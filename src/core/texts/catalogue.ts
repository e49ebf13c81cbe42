/**
 * The shape every language must fill: the English catalogue's keys, each a text or a function of its
 * parameters that returns one. A language file is typed `Catalogue`, so a missing or misnamed text is a
 * type error, not an English fallback.
 */
import type { en } from "./en";

type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly (infer E)[]
      ? readonly Shape<E>[]
      : { readonly [K in keyof T]: Shape<T[K]> };

export type Catalogue = Shape<typeof en>;
