/* `npm stop`: undo `npm start` (unload the sideloaded add-in, or stop the background dev server). */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const pidFile = path.join(root, ".artifacts", "dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  const r = spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(r.status ?? 1);
}
if (!fs.existsSync(pidFile)) {
  console.log("No CollabFit dev server is running.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, "utf8"));
try {
  process.kill(-pid, "SIGTERM"); // the whole process group started by npm start
  console.log(`Stopped the dev server (pid ${pid}).`);
} catch {
  console.log(`The dev server (pid ${pid}) was no longer running.`);
}
fs.rmSync(pidFile, { force: true });
