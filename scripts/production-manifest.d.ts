export function checkOrigin(origin: string): string;
export function productionManifest(xml: string, origin: string): string;
export function manifestTransform(origin: string | undefined): (content: Buffer) => Buffer;
export function metadataHash(metadata: unknown): string;
