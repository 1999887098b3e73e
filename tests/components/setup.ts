import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { initI18n } from '../../renderer/app/i18n'

await initI18n('nl', { everything: true })
afterEach(() => cleanup())
