/* Builds the task pane, the custom functions and the ribbon commands into dist/.
 * One shared runtime: taskpane.html hosts the pane and the functions (manifest: Taskpane.Url). */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const {
  OFFICE_JS_CDN,
  OFFICE_JS_LOCAL_PATH,
  DEV_PORT,
  CERT_DIR,
} = require("./scripts/addin-config");
const { manifestTransform } = require("./scripts/production-manifest");

/**
 * Per-chunk stats: which modules each emitted chunk holds, written to .artifacts/bundle-chunks.json
 * (not to dist/, which is deployed). scripts/bench/pane.js reads it to show what the first view loads.
 */
class ChunkListPlugin {
  apply(compiler) {
    compiler.hooks.done.tap("ChunkListPlugin", (stats) => {
      const { chunkGraph, chunks: built, requestShortener } = stats.compilation;
      // A concatenated module lists the modules it holds (stats would show only the first).
      const names = (m) =>
        m.modules ? m.modules.flatMap(names) : [m.readableIdentifier(requestShortener)];
      const chunks = [...built].map((c) => ({
        names: c.name ? [c.name] : [],
        initial: c.canBeInitial(),
        // The import() names (webpackChunkName) that load this chunk: what one import fetches.
        groups: [...c.groupsIterable].map((g) => g.name).filter(Boolean),
        files: [...c.files],
        modules: chunkGraph.getChunkModules(c).flatMap(names),
      }));
      const dir = path.join(__dirname, ".artifacts");
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "bundle-chunks.json"), JSON.stringify(chunks, null, 1));
    });
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const officeJs = dev ? OFFICE_JS_LOCAL_PATH + "office.js" : OFFICE_JS_CDN;
  const html = (filename, template, chunks) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      // Development and tests load office.js from the local @microsoft/office-js package; production from the CDN.
      templateParameters: { officeJs },
    });
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js", // stable names: the manifest points at functions.js
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { sourceMap: dev } },
          },
        },
        {
          // The engine and the workbook layout are plain modules without side effects: an import of
          // one export (todayIso) must not pull the whole package (the roadmap catalogue) along.
          test: /[\\/]src[\\/]core[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.(png|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      html("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane", "functions"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // ADDIN_ORIGIN=https://host/path: the manifest for that host (scripts/production-manifest.js).
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: manifestTransform(process.env.ADDIN_ORIGIN),
          },
          { from: "src/help/help.html", to: "help.html" },
        ],
      }),
      new ChunkListPlugin(),
    ],
    optimization: {
      // The pane's initial chunk is split by origin (react, fluent, our code) so the bench can show
      // which part grew. functions.js keeps its name (the manifest points at it); in the shared
      // runtime taskpane.html loads it, with what it shares with the pane (see `shared`).
      // One webpack runtime for both entries: one module registry and chunk loader on the page,
      // instead of a copy in taskpane.js and another in functions.js (which loads parts on demand).
      runtimeChunk: "single",
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          // Modules both entries run at start: the page loads one copy instead of one in taskpane.js
          // and another in functions.js. Since functions.js only registers the functions, that is
          // the functions' loader (src/functions/load.ts), which the pane calls to prefetch.
          shared: {
            name: "shared",
            chunks: "initial",
            minChunks: 2,
            priority: 30,
            enforce: true,
          },
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: (chunk) => chunk.name === "taskpane",
            priority: 20,
            enforce: true,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@emotion|@swc|tabster|keyborg|stylis|rtl-css-js)[\\/]/,
            name: "fluent",
            chunks: (chunk) => chunk.name === "taskpane",
            priority: 10,
            enforce: true,
          },
        },
      },
    },
  };
  if (dev) {
    const certFile = path.join(CERT_DIR, "localhost.crt");
    const keyFile = path.join(CERT_DIR, "localhost.key");
    const haveCerts = fs.existsSync(certFile) && fs.existsSync(keyFile);
    config.devServer = {
      hot: false,
      port: DEV_PORT,
      host: "localhost",
      allowedHosts: ["localhost", "127.0.0.1"],
      headers: { "Access-Control-Allow-Origin": "*" },
      server: haveCerts
        ? {
            type: "https",
            options: { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) },
          }
        : "http",
      static: [
        {
          directory: path.join(__dirname, "node_modules/@microsoft/office-js/dist"),
          publicPath: OFFICE_JS_LOCAL_PATH,
        },
      ],
      client: { overlay: false, webSocketURL: "auto://0.0.0.0:0/ws" },
    };
  }
  return config;
};
