// Every provider Hookscope understands, each registered once. Every other list (detection order,
// provider pickers, the secrets panel, re-signing, compose templates, the signer of each payload
// family, docs/providers.md) is derived from this one.
//
// Adding a provider (worked example: "Adding a provider" in docs/architecture.md):
//   1. Create `src-main/core/providers/<id>/index.ts` exporting a `ProviderDefinition` (types.ts;
//      the compiler names any part left out). Keep its pieces beside it: `verify.ts` (detect + read
//      the signature), `sign.ts` (re-signing), `templates.ts` (sample events).
//   2. Add it to `providerDefinitions` below. Order matters only for detection ties: the first of
//      equally confident providers wins, so put specific senders before lookalikes.
//   3. Add its tests under test/unit/providers/ (a delivery verifies, a tampered one fails, a
//      re-signed one verifies, its templates verify). registry.test.ts checks every part is filled.
//   4. Regenerate docs/providers.md: `npm run docs:providers`.
import type { ProviderInfo } from '@shared/provider-types';
import { calendly } from './calendly';
import { coinbaseCommerce } from './coinbase-commerce';
import { discord } from './discord';
import { generic } from './generic';
import { github } from './github';
import { linear } from './linear';
import { meta } from './meta';
import { paddle } from './paddle';
import { paypal } from './paypal';
import { razorpay } from './razorpay';
import { sendgrid } from './sendgrid';
import { sendsar } from './sendsar';
import { shopify } from './shopify';
import { slack } from './slack';
import { square } from './square';
import { standardWebhooks } from './standard-webhooks';
import { stripe } from './stripe';
import { twilio } from './twilio';
import { typeform } from './typeform';
import { wasphere } from './wasphere';
import { zoom } from './zoom';
import { atlassian } from './atlassian';
import { bitbucket } from './bitbucket';
import { box } from './box';
import { docusign } from './docusign';
import { dropbox } from './dropbox';
import { intercom } from './intercom';
import { pagerduty } from './pagerduty';
import { sanity } from './sanity';
import { sentry } from './sentry';
import { twitch } from './twitch';
import { xero } from './xero';
import { zendesk } from './zendesk';
import { contentful } from './contentful';
import { gitlab } from './gitlab';
import { hubspot } from './hubspot';
import { mailgun } from './mailgun';
import { mandrill } from './mandrill';
import { okta } from './okta';
import { plaid } from './plaid';
import { asana } from './asana';
import { lemonSqueezy } from './lemon-squeezy';
import { mux } from './mux';
import { notion } from './notion';
import { workos } from './workos';
import { line } from './line';
import { viber } from './viber';
import { paystack } from './paystack';
import { nylas } from './nylas';
import { klaviyo } from './klaviyo';
import { cloudflareStream } from './cloudflare-stream';
import { expo } from './expo';
import { tally } from './tally';
import { circleci } from './circleci';
import { launchdarkly } from './launchdarkly';
import { pusher } from './pusher';
import { webflow } from './webflow';
import { airtable } from './airtable';
import { tiktok } from './tiktok';
import { buildkite } from './buildkite';
import { terraform } from './terraform';
import { webex } from './webex';
import { microsoftTeams } from './microsoft-teams';
import { heroku } from './heroku';
import { woocommerce } from './woocommerce';
import { mollie } from './mollie';
import { adyenPlatform } from './adyen-platform';
import { worldline } from './worldline';
import { clerk } from './clerk';
import { resend } from './resend';
import { openai } from './openai';
import { replicate } from './replicate';
import { telegram } from './telegram';
import { twitter } from './twitter';
import { adyen } from './adyen';
import { braintree } from './braintree';
import { awsSns } from './aws-sns';
import { postmark } from './postmark';
import { supabase } from './supabase';
import { alchemy } from './alchemy';
import { aftership } from './aftership';
import { maxio } from './maxio';
import { sonatype } from './sonatype';
import { autodesk } from './autodesk';
import { bolt } from './bolt';
import type { ProviderDefinition } from './types';

export type { ProviderDefinition } from './types';

export const providerDefinitions: readonly ProviderDefinition[] = [
  meta,
  github,
  wasphere,
  sendsar,
  stripe,
  shopify,
  slack,
  standardWebhooks,
  twilio,
  square,
  paddle,
  linear,
  zoom,
  discord,
  sendgrid,
  paypal,
  typeform,
  calendly,
  razorpay,
  coinbaseCommerce,
  intercom,
  bitbucket,
  atlassian,
  zendesk,
  twitch,
  xero,
  docusign,
  box,
  dropbox,
  pagerduty,
  sentry,
  sanity,
  gitlab,
  okta,
  hubspot,
  mandrill,
  contentful,
  mailgun,
  plaid,
  asana,
  notion,
  lemonSqueezy,
  mux,
  workos,
  line,
  viber,
  paystack,
  nylas,
  klaviyo,
  cloudflareStream,
  expo,
  tally,
  circleci,
  launchdarkly,
  pusher,
  webflow,
  airtable,
  tiktok,
  buildkite,
  terraform,
  webex,
  microsoftTeams,
  heroku,
  woocommerce,
  mollie,
  adyenPlatform,
  worldline,
  clerk,
  resend,
  openai,
  replicate,
  telegram,
  twitter,
  adyen,
  braintree,
  awsSns,
  postmark,
  supabase,
  alchemy,
  aftership,
  maxio,
  sonatype,
  autodesk,
  bolt,
  generic,
];

const byId = new Map(providerDefinitions.map((d) => [d.id, d]));

export function providerDefinition(id: string): ProviderDefinition | undefined {
  return byId.get(id);
}

/** The pure facts the front ends need (the `listProviders` operation). */
export function providerInfo(d: ProviderDefinition): ProviderInfo {
  return {
    id: d.id,
    name: d.name,
    secretKind: d.secretKind,
    secretHint: d.secretHint,
    canResign: 'signer' in d.resign,
    resignRefusal: 'refusal' in d.resign ? d.resign.refusal : null,
    templates: 'templates' in d.compose ? d.compose.templates.map((t) => t.id) : [],
    payloadFamilies: [...d.payloadFamilies],
  };
}

export function listProviders(): ProviderInfo[] {
  return providerDefinitions.map(providerInfo);
}
