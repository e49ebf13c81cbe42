/* Facts about how the add-in is served, shared by webpack.config.js, scripts and tests. */
const path = require("path");

module.exports = {
  DEV_PORT: 3000,
  DEV_ORIGIN: "https://localhost:3000",
  /** Production builds load office.js from Microsoft's CDN, as Office requires of store add-ins. */
  OFFICE_JS_CDN: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  /** Development and tests serve the local @microsoft/office-js package here (no network). */
  OFFICE_JS_LOCAL_PATH: "/office-js/",
  OFFICE_JS_LOCAL_DIR: path.join(
    __dirname,
    "..",
    "node_modules",
    "@microsoft",
    "office-js",
    "dist"
  ),
  /** Dev certificates live in the project (git-ignored), never in a system trust store. */
  CERT_DIR: path.join(__dirname, "..", ".certs"),
};
