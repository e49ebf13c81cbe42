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
    ],
    optimization: {
      splitChunks: { chunks: "async" },
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
