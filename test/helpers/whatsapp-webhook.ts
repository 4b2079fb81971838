// The WhatsApp Cloud API envelope around every webhook Meta sends (one account, one change), so a
// test states only the `value` it is about. Serialised like Meta: compact JSON, keys in this order.
export function whatsappWebhook(value: Record<string, unknown>, field = 'messages'): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field, value }] }],
  });
}
