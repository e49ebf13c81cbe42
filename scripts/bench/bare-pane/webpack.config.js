/* The bare React + Fluent v9 reference pane (index.tsx): same webpack, loader and production settings
 * as the add-in's webpack.config.js, so the two sizes compare like for like. */
const path = require("path");

module.exports = (outputPath) => ({
  mode: "production",
  context: path.resolve(__dirname, "..", "..", ".."),
  entry: { bare: path.join(__dirname, "index.tsx") },
  output: { path: outputPath, filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
    ],
  },
  performance: { hints: false },
});
