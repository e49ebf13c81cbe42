/* The manifest for a hosted add-in: `ADDIN_ORIGIN=https://host/path npm run build` writes
 * dist/manifest.xml with that origin in every URL instead of the development server's. Also the
 * hash of the custom functions' metadata, which ties manifest <Version> to functions.json. */
const crypto = require("crypto");
const { DEV_ORIGIN } = require("./addin-config");

/** Checks ADDIN_ORIGIN and returns it without a trailing slash; throws a message naming the rule. */
function checkOrigin(origin) {
  let url;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(
      `ADDIN_ORIGIN "${origin}" is not a URL; use e.g. https://addins.example.com/collabfit`
    );
  }
  if (url.protocol !== "https:")
    throw new Error(
      `ADDIN_ORIGIN "${origin}" must use https: Office loads add-ins over HTTPS only`
    );
  if (/^(localhost|127\.0\.0\.1|\[::1\])$/i.test(url.hostname))
    throw new Error(`ADDIN_ORIGIN "${origin}" is a local address; for development use npm start`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(
      `ADDIN_ORIGIN "${origin}" must be an origin and path only (no query, fragment or credentials)`
    );
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** The development manifest rewritten for `origin`: every URL, the app domain and the support page. */
function productionManifest(xml, origin) {
  const base = checkOrigin(origin);
  const host = new URL(base).origin;
  const out = xml
    // The app domain is an origin (scheme and host), never a path.
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${host}</AppDomain>`)
    .split(DEV_ORIGIN)
    .join(base);
  if (/localhost/i.test(out)) throw new Error("the production manifest still names localhost");
  return out;
}

/** CopyWebpackPlugin transform for manifest.xml: unchanged unless ADDIN_ORIGIN is set. */
function manifestTransform(origin) {
  if (origin) checkOrigin(origin); // a bad origin stops the build before anything is written
  return (content) =>
    origin ? Buffer.from(productionManifest(content.toString("utf8"), origin)) : content;
}

/** A stable hash of the custom functions' metadata (functions.json), key order ignored. */
function metadataHash(metadata) {
  const canonical = (v) =>
    Array.isArray(v)
      ? `[${v.map(canonical).join(",")}]`
      : v && typeof v === "object"
        ? `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
            .join(",")}}`
        : JSON.stringify(v);
  return crypto.createHash("sha256").update(canonical(metadata)).digest("hex").slice(0, 16);
}

module.exports = { checkOrigin, productionManifest, manifestTransform, metadataHash };
