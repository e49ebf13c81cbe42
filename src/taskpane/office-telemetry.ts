/**
 * Outside Office, office.js still sets up its logging endpoint and, a few seconds after loading, opens
 * a hidden iframe to Microsoft's telemetry service. The preview must not talk to any server, so the
 * endpoint's frame loader is turned into a no-op there. Inside Office the host's own privacy settings
 * govern office.js, and nothing is changed.
 */
interface UlsEndpoint {
  loadProxyFrame?: () => void;
  writeLog?: (log: string) => void;
}

interface OsfGlobal {
  Logger?: { ulsEndpoint?: UlsEndpoint | null };
  AppTelemetry?: { enableTelemetry?: boolean };
}

/** Returns true when an endpoint was found and silenced. */
export function silenceOfficeTelemetry(win: Window = window): boolean {
  const osf = (win as unknown as { OSF?: OsfGlobal }).OSF;
  if (osf?.AppTelemetry) osf.AppTelemetry.enableTelemetry = false;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (!endpoint) return false;
  endpoint.loadProxyFrame = () => undefined;
  endpoint.writeLog = () => undefined;
  return true;
}
