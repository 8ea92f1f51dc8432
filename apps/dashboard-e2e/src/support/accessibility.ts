import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA as axe-core tests it (its rules tagged with these levels), and its best practices. */
const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Moderate findings that still block: unique landmarks, one main, one page heading. */
function isStructural(rule: string): boolean {
  return rule.startsWith('landmark-') || rule === 'page-has-heading-one';
}

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation and on any
 * landmark or page-heading finding, naming each rule with the elements it found.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  await expectStill(page);
  const { violations } = await new AxeBuilder({ page }).withTags(RULE_TAGS).analyze();
  const blocking = violations
    .filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical' || isStructural(violation.id),
    )
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      elements: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  expect(blocking, `axe on ${state}`).toEqual([]);
}

/**
 * Nothing is refreshing and nothing moves: a part being refreshed is dimmed on purpose, and a fading
 * colour is no colour to measure contrast on (endless animations, a skeleton's pulse, are not waited for).
 */
async function expectStill(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/** Nothing on the page is still loading: no skeleton, nothing marked busy. */
export async function expectSettled(page: Page): Promise<void> {
  await expect(page.locator('.skeleton')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** The page does not scroll sideways: what is wider scrolls inside its own frame. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
}
