// A TikTok for Developers post.publish.complete event, as its webhook delivers it.
import { sampleEvent } from '../kit/sample-event';

export const tiktokTemplates = [
  sampleEvent({
    id: 'tiktok-post-publish-complete',
    provider: 'tiktok',
    name: 'TikTok: post.publish.complete',
    description: 'A video posted through the Content Posting API was published.',
    path: '/webhooks/tiktok',
    body: (ctx) => ({
      client_key: `aw${ctx.hex(7)}`,
      event: 'post.publish.complete',
      create_time: ctx.nowUnix,
      user_openid: `act.${ctx.hex(16)}`,
      content: JSON.stringify({ publish_id: `v_pub_url~v2.${ctx.hex(8)}`, publish_type: 'DIRECT_PUBLISH' }),
    }),
  }),
];
