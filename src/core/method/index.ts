/** The method engine's public surface: import from "core/method", not from its files. */
export * from "./types";
export * from "./method";
export * from "./items";
export * from "./scoring";
export * from "./profile";
export * from "./recommend";
export * from "./roadmap";
export * from "./confidence";
export * from "./segment";
export * from "./item-sets";
