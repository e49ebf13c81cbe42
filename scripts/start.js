/* `npm start`: serve the add-in on https://localhost:3000 and sideload it where Office can be driven
 * (Windows, macOS). On Linux there is no desktop Excel: serve, then print how to sideload by hand. */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");
const { DEV_ORIGIN, CERT_DIR } = require("./addin-config");

const root = path.join(__dirname, "..");
const runDir = path.join(root, ".artifacts");
const pidFile = path.join(runDir, "dev-server.pid");
const logFile = path.join(runDir, "dev-server.log");
const taskpaneUrl = `${DEV_ORIGIN}/taskpane.html`;

async function ensureCertificates() {
  const crt = path.join(CERT_DIR, "localhost.crt");
  const key = path.join(CERT_DIR, "localhost.key");
  if (fs.existsSync(crt) && fs.existsSync(key)) {
    const { X509Certificate } = require("crypto");
    const cert = new X509Certificate(fs.readFileSync(crt));
    if (new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000) return;
  }
  // Generated into the project (git-ignored): no system trust store, no sudo.
  const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
  await generateCertificates(path.join(CERT_DIR, "ca.crt"), crt, key, 30, [
    "localhost",
    "127.0.0.1",
  ]);
  console.log(`Generated development certificates in ${path.relative(root, CERT_DIR)}/`);
}

function alreadyRunning() {
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    fs.rmSync(pidFile, { force: true });
    return false;
  }
}

function probe() {
  return new Promise((resolve) => {
    const req = https.get(taskpaneUrl, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
  });
}

async function waitForServer(child, seconds) {
  for (let i = 0; i < seconds * 2; i++) {
    if (child.exitCode !== null) return false;
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function printLinuxGuidance() {
  const manifest = path.join(root, "manifest.xml");
  console.log(`
CollabFit is served at ${taskpaneUrl}
(the certificate is self-signed and stored in .certs/; trust .certs/ca.crt in your browser or OS to avoid warnings)

Desktop Excel cannot be sideloaded from ${process.platform}. To use the add-in:
  - Excel on the web: open a workbook stored in OneDrive or SharePoint, then
    Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, and choose
    ${manifest}
  - Excel on Windows or macOS: run \`npm start\` there; it sideloads automatically.
  - Without Excel: open ${taskpaneUrl} in a browser for the preview, which builds the
    workbook in the page and offers it as an .xlsx download.

Stop the server with \`npm stop\`. Server log: ${path.relative(root, logFile)}`);
}

async function main() {
  await ensureCertificates();
  if (process.platform === "win32" || process.platform === "darwin") {
    // office-addin-debugging starts the dev server (npm run dev-server) and sideloads the manifest.
    const r = spawnSync(
      "npx",
      ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"],
      {
        cwd: root,
        stdio: "inherit",
        shell: process.platform === "win32",
      }
    );
    process.exit(r.status ?? 1);
  }
  if (alreadyRunning()) {
    console.log(`The dev server is already running (pid ${fs.readFileSync(pidFile, "utf8")}).`);
    printLinuxGuidance();
    return;
  }
  fs.mkdirSync(runDir, { recursive: true });
  const out = fs.openSync(logFile, "w");
  const child = spawn(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", out, out],
    }
  );
  fs.writeFileSync(pidFile, String(child.pid));
  console.log(`Building and starting the dev server (pid ${child.pid}) ...`);
  if (!(await waitForServer(child, 120))) {
    try {
      process.kill(-child.pid);
    } catch {
      /* already gone */
    }
    fs.rmSync(pidFile, { force: true });
    console.error(`The dev server did not come up on ${DEV_ORIGIN}; see ${logFile}:`);
    console.error(fs.readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n"));
    process.exit(1);
  }
  child.unref();
  printLinuxGuidance();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
