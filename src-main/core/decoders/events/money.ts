// Amounts as users read them. Providers send minor units (Stripe, Square: 2000 = $20.00, but
// ¥2000 = ¥2000) or decimal strings (Shopify, Paddle totals are minor units as strings): the number
// of decimals comes from the currency, never guessed from the value.

function fractionDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** "20.00 USD" from (2000, "usd"); null when either part is missing or not a number. */
export function minorUnits(amount: unknown, currency: unknown): string | null {
  const value = typeof amount === 'string' && /^-?\d+$/.test(amount) ? Number(amount) : amount;
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (typeof currency !== 'string' || !/^[a-z]{3}$/i.test(currency)) return null;
  const code = currency.toUpperCase();
  const digits = fractionDigits(code);
  return `${(value / 10 ** digits).toFixed(digits)} ${code}`;
}

/** "10.00 USD" from ("10.00", "USD"): decimal strings are shown as sent. */
export function decimalAmount(amount: unknown, currency: unknown): string | null {
  const value = typeof amount === 'number' ? String(amount) : amount;
  if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) return null;
  return typeof currency === 'string' && /^[a-z]{3}$/i.test(currency)
    ? `${value} ${currency.toUpperCase()}`
    : value;
}
