import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { callNames } from '../../electron/contract/channels'
import { dispatch } from '../../electron/main/dispatch'
import { createServices, type Services } from '../../electron/main/services'
import { ServiceError } from '../../electron/contract/errors'
import { makeTempDir } from '../support/temp-dir'
import { testPlanPorts } from '../support/plan-ports'

let services: Services
let cleanup: () => void

beforeEach(() => {
  const temp = makeTempDir()
  cleanup = temp.cleanup
  services = createServices({ dataDir: temp.dir, plan: testPlanPorts(temp.dir) })
})
afterEach(() => cleanup())

const malformed: unknown[] = [
  null,
  42,
  'x',
  [],
  { id: 123 },
  { id: '../../etc/passwd' },
  { id: 'a'.repeat(65) },
  { __proto__: { id: 'x' } },
  { id: 'ok', extra: true },
  { id: 'ok', patch: { subject: {} }, extra: 1 },
  { id: 'ok', patch: { subject: { firstName: 5 } } },
  { id: 'ok', patch: { unknownSection: {} } },
  { id: 'ok', patch: { subject: { bsn: '123456782' } } },
  { language: 'fr' },
  { textSize: 'huge' },
  { forWhom: 'neighbour' },
  { firstName: 'x'.repeat(501) },
]

describe('every call from the renderer', () => {
  it.each(callNames)('%s answers malformed payloads with a typed error and changes nothing', async (name) => {
    const before = services.dossiers.list()
    const settingsBefore = services.settings.settings
    for (const payload of malformed) {
      const result = await dispatch(services.handlers, name, payload)
      // Only an id that is well-formed but unknown (own or inherited) may pass validation, to be "not found".
      const id = (payload as { id?: unknown } | null)?.id
      const onlyAnId = typeof payload === 'object' && payload !== null && Object.keys(payload).every((key) => key === 'id')
      const wellFormedUnknownId =
        [
          'dossiers.read',
          'dossiers.delete',
          'dossiers.duplicate',
          'timeline.saveCalendar',
          'letter.save',
          'dossiers.removePassphrase',
          'dossiers.export',
        ].includes(name) &&
        onlyAnId &&
        typeof id === 'string' &&
        /^[\w-]{1,64}$/.test(id)
      expect(result, `${name} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code: wellFormedUnknownId ? 'not-found' : 'invalid-request' },
      })
    }
    expect(services.dossiers.list()).toEqual(before)
    if (name !== 'settings.update') expect(services.settings.settings).toEqual(settingsBefore)
  })

  it('refuses a call that the contract does not declare', async () => {
    for (const name of ['fs.readFile', '__proto__', 'constructor', '', 7, null]) {
      const result = await dispatch(services.handlers, name, undefined)
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-call' } })
    }
  })

  it('refuses a patch that would break the dossier, and keeps the dossier as it was', async () => {
    const dossier = await services.dossiers.create({ firstName: 'Kees' })
    const result = await dispatch(services.handlers, 'dossiers.update', {
      id: dossier.id,
      patch: { situation: { selectedAreas: ['household', 'garden'] } },
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(services.dossiers.read(dossier.id)).toEqual(dossier)
  })

  it('answers an unknown dossier with "not found"', async () => {
    const result = await dispatch(services.handlers, 'dossiers.read', { id: 'nope' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('runs a valid call through the real service', async () => {
    const created = await dispatch(services.handlers, 'dossiers.create', { forWhom: 'client', firstName: 'Ali' })
    expect(created.ok).toBe(true)
    const list = await dispatch(services.handlers, 'dossiers.list', undefined)
    expect(list).toMatchObject({ ok: true, value: { dossiers: [{ displayName: 'Ali' }], notices: [] } })
  })

  it('turns an unexpected failure into an "internal" error instead of a crash', async () => {
    const broken = {
      ...services.handlers,
      'dossiers.list': () => {
        throw new TypeError('boom')
      },
      'dossiers.read': () => {
        throw new ServiceError('storage-failed', 'disk full')
      },
    }
    const quiet = console.error
    console.error = () => undefined
    try {
      expect(await dispatch(broken, 'dossiers.list', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } })
    } finally {
      console.error = quiet
    }
    expect(await dispatch(broken, 'dossiers.read', { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'storage-failed' },
    })
  })
})
