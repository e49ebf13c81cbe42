export const DEV_PORT: number;
export const DEV_ORIGIN: string;
export const OFFICE_JS_CDN: string;
export const OFFICE_JS_LOCAL_PATH: string;
export const OFFICE_JS_LOCAL_DIR: string;
export const CERT_DIR: string;
