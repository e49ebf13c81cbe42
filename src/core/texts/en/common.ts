/** Texts shared by every surface. */
export const common = {
  productName: "CollabFit",
  none: "none",
} as const;
