// HubSpot computes its v3 signature over the request URI with a fixed set of percent-encodings
// decoded (https://developers.hubspot.com/docs/apps/legacy-apps/authentication/validating-requests,
// "Validate the v3 request signature"): %3A : %2F / %3F ? %40 @ %21 ! %24 $ %27 ' %28 ( %29 ) %2A *
// %2C , %3B ;. Every other escape (%20, %26, %3D, %2B…) stays as sent. The official SDKs leave the
// decoding to the caller, so the verifier and the re-signer both use this one function.
const DECODED: Readonly<Record<string, string>> = {
  '%3A': ':',
  '%2F': '/',
  '%3F': '?',
  '%40': '@',
  '%21': '!',
  '%24': '$',
  '%27': "'",
  '%28': '(',
  '%29': ')',
  '%2A': '*',
  '%2C': ',',
  '%3B': ';',
};

export function hubspotV3Uri(url: string): string {
  return url.replace(/%(?:3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (m) => DECODED[m.toUpperCase()] ?? m);
}
