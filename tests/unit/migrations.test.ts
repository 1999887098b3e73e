import { describe, expect, it } from 'vitest'
import { carersOf } from '../../domain/carers'
import { DOSSIER_SCHEMA_VERSION, Dossier, PREPARER_CARER_ID } from '../../domain/dossier/schema'
import { migrateDossier, migrations, type Migration } from '../../domain/dossier/migrations'

const renameDayToDaily: Migration = ({ day, ...rest }) => ({ ...rest, daily: day })
const addNotes: Migration = (dossier) => ({ ...dossier, notes: '' })

describe('dossier migrations', () => {
  it('has one migration for every earlier version of the dossier', async () => {
    expect(migrations).toHaveLength(DOSSIER_SCHEMA_VERSION - 1)
  })

  it('applies each step in order, from the file’s version up to the current one', async () => {
    const migrated = migrateDossier({ schemaVersion: 1, day: { morning: 'koffie' } }, [renameDayToDaily, addNotes], 3)
    expect(migrated).toEqual({ schemaVersion: 3, daily: { morning: 'koffie' }, notes: '' })
  })

  it('starts from the version the file has', async () => {
    expect(migrateDossier({ schemaVersion: 2, day: {} }, [renameDayToDaily, addNotes], 3)).toEqual({
      schemaVersion: 3,
      day: {},
      notes: '',
    })
  })

  it('leaves a current dossier as it is', async () => {
    const current = { schemaVersion: DOSSIER_SCHEMA_VERSION, id: 'a' }
    expect(migrateDossier(current)).toEqual(current)
  })

  it('refuses a dossier from a newer version of the app', async () => {
    expect(() => migrateDossier({ schemaVersion: DOSSIER_SCHEMA_VERSION + 1 })).toThrow(expect.objectContaining({ code: 'newer-version' }))
  })

  it.each([null, [], 'dossier', { schemaVersion: 0 }, { schemaVersion: '1' }, { schemaVersion: 1.5 }, {}])('refuses %j as not a dossier', (raw) => {
    expect(() => migrateDossier(raw)).toThrow(expect.objectContaining({ code: 'invalid-request' }))
  })
})

describe('dossiers written by earlier versions of the app', () => {
  it('opens a version 1 file (before "after the conversation") with every answer kept', async () => {
    const fs = await import('node:fs')
    const path = await import('node:path')
    const { makeTempDir } = await import('../support/temp-dir')
    const { DossierStore } = await import('../../electron/main/dossiers/store')
    const { dir, cleanup } = makeTempDir()
    try {
      const fixture = fs.readFileSync(path.resolve('tests/fixtures/dossier-v1.json'), 'utf8')
      const id = '3f1c9a52-7d4e-4b8a-9c61-2e5f0a7b8d13'
      fs.writeFileSync(path.join(dir, `${id}.json`), fixture)
      const store = DossierStore.open({ dir })
      const dossier = store.read(id)
      expect(dossier.schemaVersion).toBe(DOSSIER_SCHEMA_VERSION)
      expect(dossier.subject).toMatchObject({ firstName: 'Henk', surname: 'de Vries', birthYear: 1944 })
      expect(dossier.situation.areas.mobility).toMatchObject({ rating: 4, wish: 'Een traplift' })
      expect(dossier.afterTalk).toMatchObject({ agreed: '', reportChecks: {}, decisionDate: '' })
      expect(store.noticesFromOpening()).toEqual([])
      // The first save writes the new version; the file on disk is then a version 2 file.
      await store.update(id, { afterTalk: { agreed: 'Traplift wordt onderzocht' } })
      expect(JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')).dossier.schemaVersion).toBe(DOSSIER_SCHEMA_VERSION)
    } finally {
      cleanup()
    }
  })
  it('opens a version 2 file (release 0.1) with every answer kept', async () => {
    const fs = await import('node:fs')
    const path = await import('node:path')
    const { makeTempDir } = await import('../support/temp-dir')
    const { DossierStore } = await import('../../electron/main/dossiers/store')
    const { dir, cleanup } = makeTempDir()
    try {
      const id = 'b7e2c4a1-5f3d-4e8b-a9c2-6d1f0e3b7a54'
      fs.copyFileSync(path.resolve('tests/fixtures/dossier-v2.json'), path.join(dir, `${id}.json`))
      const store = DossierStore.open({ dir })
      const dossier = store.read(id)
      expect(dossier.schemaVersion).toBe(DOSSIER_SCHEMA_VERSION)
      expect(dossier.subject).toMatchObject({ firstName: 'Ayşe', forWhom: 'relative', preparerName: 'Fatma Yılmaz' })
      expect(dossier.afterTalk.reportChecks['priority:own-1']).toEqual({ status: 'no', note: 'Staat er niet in.' })
      expect(dossier.priorities.ranked).toHaveLength(4)
      // The one carer of version 2 (the daughter who prepares) is the first carer of the list.
      expect(dossier.carer.carers).toEqual([
        expect.objectContaining({
          id: PREPARER_CARER_ID,
          who: { kind: 'preparer' },
          hoursPerWeek: 18,
          burden: 4,
          reliefText: 'Eén dag per week dagbesteding.',
          topThree: [],
          ifStopped: '',
        }),
      ])
      expect(carersOf(dossier)[0]).toBe(dossier.carer.carers[0])
      expect(store.noticesFromOpening()).toEqual([])
    } finally {
      cleanup()
    }
  })
})

describe('the carer of version 2 in version 3', () => {
  const v2 = (carer: unknown, reportChecks: Record<string, unknown> = {}) => ({
    schemaVersion: 2,
    id: 'c',
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    subject: { forWhom: 'relative' },
    carer,
    afterTalk: { reportChecks },
  })

  it('moves the report check of "the carer’s load" along with the carer', () => {
    const migrated = Dossier.parse(migrateDossier(v2({ hoursPerWeek: null, burden: 3, relief: '' }, { carer: { status: 'partly', note: 'Te kort.' } })))
    expect(migrated.carer.carers).toEqual([expect.objectContaining({ id: PREPARER_CARER_ID, burden: 3 })])
    expect(migrated.afterTalk.reportChecks).toEqual({ [`carer:${PREPARER_CARER_ID}`]: { status: 'partly', note: 'Te kort.' } })
  })

  it('makes no carer out of an empty one, and leaves a file without a carer as it is', () => {
    expect(Dossier.parse(migrateDossier(v2({ hoursPerWeek: null, burden: null, relief: ' ' }))).carer.carers).toEqual([])
    expect(Dossier.parse(migrateDossier(v2(undefined))).carer.carers).toEqual([])
  })

  it('keeps a wrong value wrong, so that the file is refused as before instead of changed', () => {
    expect(() => Dossier.parse(migrateDossier(v2({ hoursPerWeek: 900 })))).toThrow(/hoursPerWeek/)
  })
})
