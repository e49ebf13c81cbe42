/**
 * The language the shell asks for: COLLABFIT_LANG, else LC_ALL, else LANG (POSIX order), as a BCP 47
 * tag for setLanguage ("nl_NL.UTF-8" -> "nl-NL"). "C" and "POSIX" mean no preference.
 */
export function shellLanguage(
  env: Readonly<Record<string, string | undefined>>
): string | undefined {
  const raw = [env.COLLABFIT_LANG, env.LC_ALL, env.LANG].find((v) => v && v.trim());
  if (!raw) return undefined;
  const tag = raw.trim().split(/[.@]/)[0].replace(/_/g, "-");
  return tag === "C" || tag === "POSIX" ? undefined : tag;
}
