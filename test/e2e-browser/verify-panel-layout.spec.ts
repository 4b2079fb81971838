// The "Verify a pasted request" panel's layout, wide (form beside the report) and narrow (stacked):
// as opened and scrolled to its end, the Verify button is inside the dialog, not cut by its edge,
// and the sticky footer is set off from the last field instead of touching it.
import { expect, test } from './support/fixtures';

for (const width of [1360, 860]) {
  test(`at ${width}px the Verify button stays in the dialog and clear of the last field`, async ({ app }) => {
    await app.setViewportSize({ width, height: 820 });
    await app.getByTestId('signature-tools').click();
    const dialog = app.getByTestId('signature-tools-dialog');
    await dialog.getByRole('tab', { name: 'Verify a pasted request' }).click();
    const panel = dialog.getByTestId('verify-panel');
    await expect(panel).toBeVisible();

    const submit = panel.getByTestId('verify-submit');
    const buttonInDialog = async () => {
      const dialogBox = (await dialog.boundingBox())!;
      const button = (await submit.boundingBox())!;
      return dialogBox.y + dialogBox.height - (button.y + button.height);
    };
    // As opened (the sticky footer over the fields), and scrolled to the end.
    expect(await buttonInDialog()).toBeGreaterThanOrEqual(4);
    // Wide, the form scrolls; narrow, the whole panel does.
    await panel.evaluate((el) => {
      for (const box of [el, el.querySelector('form')!]) box.scrollTop = box.scrollHeight;
    });
    expect(await buttonInDialog()).toBeGreaterThanOrEqual(4);

    const lastField = (await panel.getByTestId('verify-now').boundingBox())!;
    const footer = (await submit.locator('..').boundingBox())!;
    expect(footer.y - (lastField.y + lastField.height)).toBeGreaterThanOrEqual(16);
  });
}
