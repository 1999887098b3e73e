import type { Text } from './text'

/**
 * A document (the plan, the letter) as a list of blocks: what to say, decided before how it falls
 * on pages, and before which language says it. The PDF writer in electron/main/pdf lays it out.
 */
export type DocBlock =
  | { kind: 'title'; text: Text }
  /** Page 1's big line: who this is. */
  | { kind: 'headline'; text: Text }
  | { kind: 'heading'; level: 1 | 2 | 3; text: Text }
  | { kind: 'note'; text: Text }
  | { kind: 'paragraph'; text: Text; emphasis?: boolean }
  /** A label with a value; an empty value reads `empty` ("(niet ingevuld)" when not given). */
  | { kind: 'field'; label: Text; value: Text; empty?: Text }
  | { kind: 'facts'; rows: { label: Text; value: Text }[]; empty: Text }
  /** `together`: the whole list on one page (page 1's top three). */
  | { kind: 'list'; items: Text[]; numbered: boolean; emphasis?: boolean; together?: boolean }
  /** `alt`: what a screen reader says instead of the picture. */
  | { kind: 'chart'; rows: { label: Text; rating: number }[]; scale: Text[]; alt: Text }
  | { kind: 'question'; number: number; text: Text; noteLines: number }
  | { kind: 'ruled'; label?: Text; lines: number }
  | { kind: 'box'; title: Text; items: Text[] }
  | { kind: 'pageBreak' }
