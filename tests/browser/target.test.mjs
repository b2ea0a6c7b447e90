// "What would it take?": the target field on each calculator view, the sentence that answers it,
// the link that opens that scenario, the "not possible" case, and the field's errors in the
// GOV.UK pattern.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/harness.mjs';
import { openPage, axeAudit } from './support/browser.mjs';
import { number, resultsOf } from './support/results.mjs';

const app = useApp();

/** Opens `query` and runs `body(page)`, then checks the console stayed clean and closes the page. */

const answer = (page) => page.locator('#target-answer');

test('provider: 100 staff, no growth, no vacancies, 5 years, target 20 a year: turnover 20%, and the link opens it', async () => {
  await app.withPage('?view=provider&staff=100&growth=0&vacancies=0&years=5&target=20', async (page) => {
    const text = await answer(page).textContent();
    assert.equal(
      text,
      'To need no more than 20 new staff a year, your turnover would have to fall to 20% (from 32.2%). See that scenario.',
    );
    const link = answer(page).getByRole('link', { name: 'See that scenario' });
    const href = await link.getAttribute('href');
    assert.match(href, /[?&]turnover=20(&|$)/);
    assert.match(href, /[?&]target=20(&|$)/);
    // A normal link: following it opens that scenario, whose need is within the target.
    await link.click();
    await page.waitForURL((url) => url.search.includes('turnover=20'));
    await page.locator('#results-table').waitFor();
    assert.equal(await page.locator('#field-turnover').inputValue(), '20');
    assert.equal(await resultsOf(page).last('Recruits so far'), 100);
    assert.match(await answer(page).textContent(), /^Your turnover of 20% is already the highest that needs no more than 20 new staff a year\.$/);
  });
});

test('a target below what growth in demand alone needs: a clear "not possible" sentence, no link, no error', async () => {
  await app.withPage('?view=adult&target=100', async (page) => {
    const text = await answer(page).textContent();
    assert.match(
      text,
      /^That is not possible by lowering turnover: even with no staff turnover at all, growth in demand alone would need ([\d,]+) new staff a year, more than 100\.$/,
    );
    const needed = number(text.match(/would need ([\d,]+)/)[1]);
    // Growth in demand alone: the 2032 extra staff for demand over 10 years.
    assert.equal(needed, Math.round((await resultsOf(page).last('Extra staff for demand')) / 10));
    assert.equal(await answer(page).locator('a').count(), 0);
    assert.equal(await page.locator('.error-summary').count(), 0);
  });
});

test('children: the two refill rates fall together and the link carries both', async () => {
  await app.withPage('?view=children&target=60', async (page) => {
    const text = await answer(page).textContent();
    const m = text.match(/would have to fall in proportion to ([\d.]+)% for social work roles and ([\d.]+)% for other roles \(from 13\.67% and 10\.62%\)/);
    assert.ok(m, text);
    const href = await answer(page).locator('a').getAttribute('href');
    assert.ok(href.includes(`swrate=${m[1]}`) && href.includes(`otherrate=${m[2]}`), href);
    await answer(page).locator('a').click();
    await page.waitForURL((url) => url.search.includes(`swrate=${m[1]}`));
    await page.locator('#results-table').waitFor();
    const total = await resultsOf(page).last('All roles to recruit since 2022');
    assert.ok(total / 10 <= 60.05, `${total} over 10 years is within 60 a year`);
  });
});

test('typing a target answers at once; a bad target shows the GOV.UK errors and the last answer stays', async () => {
  await app.withPage('?view=adult', async (page) => {
    assert.equal(await answer(page).count(), 0, 'no target, no sentence');
    const field = page.locator('#field-target');
    assert.equal(await field.getAttribute('inputmode'), 'decimal');
    await field.fill('3000');
    await page.waitForFunction(() => location.search.includes('target=3000'));
    const before = await answer(page).textContent();
    assert.match(before, /^To need no more than 3,000 new staff a year, turnover would have to fall to [\d.]+% \(from 32\.2%\)\. See that scenario\.$/);
    const total = await resultsOf(page).last('Total new staff since 2022');
    assert.deepEqual(await axeAudit(page).then((v) => v.map((x) => x.id)), []);

    for (const [typed, message] of [
      ['3000.5', 'Most new staff you can recruit a year must be a whole number, like 3000'],
      ['lots', 'Most new staff you can recruit a year must be a number, like 3000'],
      ['-4', 'Most new staff you can recruit a year must be between 0 and 1,000,000'],
    ]) {
      await field.fill(typed);
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      const link = summary.locator('a');
      assert.equal(await link.textContent(), message);
      assert.equal(await link.getAttribute('href'), '#field-target');
      assert.equal(await page.locator('#field-target-error').textContent(), `Error: ${message}`);
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.equal(await answer(page).textContent(), before, 'the last answer stays');
      assert.equal(await resultsOf(page).last('Total new staff since 2022'), total, 'the last results stay');
    }
    assert.deepEqual(await axeAudit(page).then((v) => v.map((x) => x.id)), []);
    await page.locator('.error-summary a').click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'field-target');
    // Emptying the field means no target: no error and no sentence.
    await field.fill('');
    await page.locator('.error-summary').waitFor({ state: 'detached' });
    assert.equal(await answer(page).count(), 0);
    await page.waitForFunction(() => !location.search.includes('target='));
  });
});

test('each view keeps its own target', async () => {
  await app.withPage('?view=adult&target=3000', async (page) => {
    await page.getByRole('link', { name: 'Your organisation' }).click();
    await page.locator('#field-staff').waitFor();
    assert.equal(await page.locator('#field-target').inputValue(), '');
    assert.equal(await answer(page).count(), 0);
  });
});

test('the target is not an assumption: presets and Reset keep it and do not call the scenario custom; a new target is announced', async () => {
  await app.withPage('?view=adult&target=3000', async (page) => {
    assert.equal(await page.locator('.scenarios legend').textContent(), 'Scenario');
    await page.locator('#field-turnover').fill('30');
    await page.waitForFunction(() => location.search.includes('turnover=30'));
    await page.getByRole('button', { name: "Reset to the appendix's assumptions" }).click();
    await page.waitForFunction(() => location.search === '?view=adult&target=3000');
    assert.equal(await page.locator('#field-target').inputValue(), '3000');
    await page.getByLabel('2021/22 rates as measured').check();
    await page.waitForFunction(() => location.search === '?view=adult&stay=59&target=3000');
    // Screen readers hear the new answer once typing pauses (a status region, not the headline's).
    await page.locator('#field-target').fill('2500');
    await page.locator('.target [role="status"]').filter({ hasText: /^To need no more than 2,500 new staff a year/ }).waitFor({ timeout: 5000 });
  });
});
