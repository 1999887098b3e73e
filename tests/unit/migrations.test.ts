import { describe, expect, it } from 'vitest'
import { DOSSIER_SCHEMA_VERSION } from '../../electron/contract/dossier'
import { migrateDossier, migrations, type Migration } from '../../electron/main/dossiers/migrations'

const renameDayToDaily: Migration = ({ day, ...rest }) => ({ ...rest, daily: day })
const addNotes: Migration = (dossier) => ({ ...dossier, notes: '' })

describe('dossier migrations', () => {
  it('has one migration for every earlier version of the dossier', () => {
    expect(migrations).toHaveLength(DOSSIER_SCHEMA_VERSION - 1)
  })

  it('applies each step in order, from the file’s version up to the current one', () => {
    const migrated = migrateDossier({ schemaVersion: 1, day: { morning: 'koffie' } }, [renameDayToDaily, addNotes], 3)
    expect(migrated).toEqual({ schemaVersion: 3, daily: { morning: 'koffie' }, notes: '' })
  })

  it('starts from the version the file has', () => {
    expect(migrateDossier({ schemaVersion: 2, day: {} }, [renameDayToDaily, addNotes], 3)).toEqual({
      schemaVersion: 3,
      day: {},
      notes: '',
    })
  })

  it('leaves a current dossier as it is', () => {
    const current = { schemaVersion: DOSSIER_SCHEMA_VERSION, id: 'a' }
    expect(migrateDossier(current)).toEqual(current)
  })

  it('refuses a dossier from a newer version of the app', () => {
    expect(() => migrateDossier({ schemaVersion: DOSSIER_SCHEMA_VERSION + 1 })).toThrow(
      expect.objectContaining({ code: 'newer-version' }),
    )
  })

  it.each([null, [], 'dossier', { schemaVersion: 0 }, { schemaVersion: '1' }, { schemaVersion: 1.5 }, {}])(
    'refuses %j as not a dossier',
    (raw) => {
      expect(() => migrateDossier(raw)).toThrow(expect.objectContaining({ code: 'invalid-request' }))
    },
  )
})
