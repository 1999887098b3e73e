import type { DocBlock } from '../document'
import type { Dossier, LifeAreaKey } from '../dossier/schema'
import { chosenAreas } from '../lifeAreas'
import { join, own, text, type Text } from '../text'
import { voiced } from '../plan/voice'
import { filled, type StepDescriptor } from './step'

const areaTitle = (area: LifeAreaKey): Text => text(`lifeAreas:areas.${area}.title`)
const answerOf = (dossier: Dossier, area: LifeAreaKey) => dossier.situation.areas[area]
const notAnswered = text('pdf:notAnswered')

/**
 * The chosen areas whose words are the person's own: "caring" is the carer's account of their
 * load, printed in the carer's part of the plan, in their voice (domain/steps/carer.ts).
 */
const personsAreas = (dossier: Dossier) => chosenAreas(dossier).filter((area) => area !== 'caring')

/** The person's chosen areas whose answer has something in `field`. */
const areasWith = (dossier: Dossier, field: 'hard' | 'self' | 'help' | 'wish') =>
  personsAreas(dossier).filter((area) => filled(answerOf(dossier, area)?.[field]))

export const situation: StepDescriptor = {
  key: 'situation',
  section: 'situation',
  applies: () => true,
  answered: (dossier) => dossier.situation.selectedAreas.length > 0,
  parts: (dossier) => 1 + chosenAreas(dossier).length,
  heading: (dossier, part) => {
    const area = chosenAreas(dossier)[part - 1]
    return part > 0 && area ? areaTitle(area) : text('flow:situation.heading')
  },
  check: (dossier) => {
    const areas = chosenAreas(dossier)
    return [
      {
        key: 'situation',
        heading: text('flow:steps.situation'),
        changeTo: { step: 'situation', part: 0 },
        rows: [{ key: 'areas', label: text('flow:check.areasChosen'), value: areas.length ? join(areas.map(areaTitle), ', ') : null }],
      },
      ...areas.map((area, index) => {
        const answer = answerOf(dossier, area)
        return {
          key: `area-${area}`,
          heading: areaTitle(area),
          changeTo: { step: 'situation' as const, part: index + 1 },
          rows: [
            { key: 'rating', label: text('flow:situation.rating'), value: answer?.rating ? text(`lifeAreas:scale.${answer.rating}`) : null },
            { key: 'hard', label: text('flow:situation.hard'), value: own(answer?.hard ?? '') },
            { key: 'self', label: text('flow:situation.self'), value: own(answer?.self ?? '') },
            { key: 'help', label: text('flow:situation.help'), value: own(answer?.help ?? '') },
            { key: 'wish', label: text('flow:situation.wish'), value: own(answer?.wish ?? '') },
          ],
        }
      }),
    ]
  },
  plan: [
    {
      // (a) needs: per area what is hard and what the person would like.
      section: 'needs',
      order: 1,
      blocks: (dossier) =>
        personsAreas(dossier)
          .filter((area) => filled(answerOf(dossier, area)?.hard) || filled(answerOf(dossier, area)?.wish))
          .flatMap((area): DocBlock[] => {
            const answer = answerOf(dossier, area)
            return [
              { kind: 'heading', level: 3, text: areaTitle(area) },
              ...(filled(answer?.hard) ? [{ kind: 'field' as const, label: text('pdf:sections.hard'), value: own(answer.hard), empty: notAnswered }] : []),
              ...(filled(answer?.wish)
                ? [{ kind: 'field' as const, label: voiced(dossier, 'pdf:sections.wish'), value: own(answer.wish), empty: notAnswered }]
                : []),
            ]
          }),
    },
    {
      // (b) what the person can do themselves.
      section: 'self',
      order: 1,
      blocks: (dossier) =>
        areasWith(dossier, 'self').map((area): DocBlock => ({
          kind: 'field',
          label: areaTitle(area),
          value: own(answerOf(dossier, area)?.self ?? ''),
          empty: notAnswered,
        })),
    },
    {
      // (c) who helps now, per area, after the list of helpers.
      section: 'network',
      order: 2,
      blocks: (dossier) => {
        const helped = areasWith(dossier, 'help')
        if (helped.length === 0) return []
        return [
          { kind: 'heading', level: 3, text: text('pdf:sections.helpNow') },
          ...helped.map((area): DocBlock => ({ kind: 'field', label: areaTitle(area), value: own(answerOf(dossier, area)?.help ?? ''), empty: notAnswered })),
        ]
      },
    },
    {
      section: 'ratings',
      order: 1,
      blocks: (dossier) => {
        const rated = chosenAreas(dossier).filter((area) => answerOf(dossier, area)?.rating)
        if (rated.length === 0) return []
        return [
          { kind: 'note', text: text('pdf:sections.ratingsIntro') },
          {
            kind: 'chart',
            rows: rated.map((area) => {
              const rating = answerOf(dossier, area)?.rating ?? 1
              return { label: join([areaTitle(area), text(`lifeAreas:scale.${rating}`)], ': '), rating }
            }),
            scale: [1, 2, 3, 4, 5].map((step) => text(`lifeAreas:scale.${step}`)),
            alt: text('pdf:sections.ratingsAlt', {
              ratings: join(
                rated.map((area) => join([areaTitle(area), text(`lifeAreas:scale.${answerOf(dossier, area)?.rating ?? 1}`)], ': ')),
                '; ',
              ),
            }),
          },
        ]
      },
    },
  ],
  reportOrder: 2,
  report: (dossier) =>
    chosenAreas(dossier).map((area) => {
      const rating = answerOf(dossier, area)?.rating
      return {
        id: `area:${area}`,
        label: rating
          ? text('after:report.itemArea', { area: areaTitle(area), rating: text(`lifeAreas:scale.${rating}`) })
          : text('after:report.itemAreaNoRating', { area: areaTitle(area) }),
      }
    }),
}
