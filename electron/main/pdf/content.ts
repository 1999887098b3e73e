import type { DocBlock } from '../../../domain/document'
import type { Dossier } from '../../../domain/dossier/schema'
import { planContent, type PlanVariant } from '../../../domain/plan/plan'
import { say, wordsOf, type Words } from '../../../domain/text'
import { createMainI18n } from '../i18n'
import type { Block } from './blocks'

let dutch: Words | undefined

/** Dutch, as the municipality reads it: the plan and the letter are always in Dutch. */
export function dutchWords(): Words {
  const t = createMainI18n('nl').getFixedT('nl')
  dutch ??= wordsOf((key, values) => String(t(key, values as never)), 'nl-NL')
  return dutch
}

/** The domain's blocks in one language, ready for layout. */
export function blocksIn(words: Words, blocks: readonly DocBlock[]): Block[] {
  const read = (value: Parameters<typeof say>[1]) => say(words, value)
  const notAnswered = read({ key: 'pdf:notAnswered' })
  return blocks.map((block): Block => {
    switch (block.kind) {
      case 'field':
        return { kind: 'field', label: read(block.label), value: read(block.value), empty: block.empty ? read(block.empty) : notAnswered }
      case 'facts':
        return { kind: 'facts', rows: block.rows.map((row) => ({ label: read(row.label), value: read(row.value) })), empty: read(block.empty) }
      case 'list':
        return { kind: 'list', items: block.items.map(read), numbered: block.numbered, ...(block.emphasis && { emphasis: true }) }
      case 'chart':
        return { kind: 'chart', rows: block.rows.map((row) => ({ label: read(row.label), rating: row.rating })), scale: block.scale.map(read) }
      case 'question':
        return { kind: 'question', number: block.number, text: read(block.text), noteLines: block.noteLines }
      case 'ruled':
        return { kind: 'ruled', lines: block.lines, ...(block.label && { label: read(block.label) }) }
      case 'box':
        return { kind: 'box', title: read(block.title), items: block.items.map(read) }
      case 'pageBreak':
        return block
      case 'heading':
        return { kind: 'heading', level: block.level, text: read(block.text) }
      default:
        return { kind: block.kind, text: read(block.text) }
    }
  })
}

/** What the plan says, as blocks in Dutch, before layout (also used to compare with Chromium's PDF). */
export function contentOf(dossier: Dossier, variant: PlanVariant, carerId?: string): Block[] {
  return blocksIn(dutchWords(), planContent(dossier, carerId === undefined ? { variant } : { variant, carerId }))
}
