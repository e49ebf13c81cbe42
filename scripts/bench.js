/* `npm run bench`: runs every scripts/bench/<area>.js and prints its figures. Figures, not pass/fail. */
const fs = require("fs");
const path = require("path");

async function main() {
  const dir = path.join(__dirname, "bench");
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .filter((f) => only.length === 0 || only.includes(path.basename(f, ".js")))
    .sort();
  console.log(
    `CollabFit benchmarks — node ${process.version}, ${require("os").cpus().length} cores, ${new Date().toISOString()}`
  );
  for (const file of files) {
    const run = require(path.join(dir, file));
    const started = Date.now();
    const rows = await run();
    console.log(
      `\n${path.basename(file, ".js")} (${((Date.now() - started) / 1000).toFixed(1)} s)`
    );
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, figure] of rows) console.log(`  ${label.padEnd(width)}  ${figure}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
