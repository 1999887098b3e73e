import axe from 'axe-core'
import { expect } from 'vitest'

/**
 * axe-core's WCAG 2.2 A/AA rules on a rendered component. jsdom lays nothing out, so colour
 * contrast and what depends on size are checked in the browser tests instead.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  })
  expect(results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([])
}
