import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { osUserName, samplesDirFor } from '../../../../src/main/environment'

const REPO = join(__dirname, '../../../..')

describe('samplesDirFor', () => {
  it('uses resources/samples under the project while developing (where the sample really is)', () => {
    const dir = samplesDirFor({ isPackaged: false, resourcesPath: '/unused', appPath: REPO })
    expect(dir).toBe(join(REPO, 'resources', 'samples'))
    expect(existsSync(join(dir, 'belarus-usa-ambassadors', 'en.txt'))).toBe(true)
  })

  it('uses resources/samples under process.resourcesPath when packaged', () => {
    expect(
      samplesDirFor({
        isPackaged: true,
        resourcesPath: '/opt/Calque/resources',
        appPath: '/opt/Calque/resources/app.asar'
      })
    ).toBe(join('/opt/Calque/resources', 'resources', 'samples'))
  })
})

describe('osUserName', () => {
  it('reads the account name', () => {
    expect(osUserName(() => ({ username: 'anna' }), {})).toBe('anna')
  })

  it('falls back to the environment when the OS has no entry for the user', () => {
    const throws = () => {
      throw new Error('ENOENT: no such file or directory, uv_os_get_passwd')
    }
    expect(osUserName(throws, { USER: 'mikola' })).toBe('mikola')
    expect(osUserName(throws, { USERNAME: 'Mikola' })).toBe('Mikola')
    expect(osUserName(throws, {})).toBe('')
  })

  it('works on this machine', () => {
    expect(typeof osUserName()).toBe('string')
  })
})
