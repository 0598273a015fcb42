/**
 * Scoring profiles a QA lead copied and edited, kept as JSON in `<userData>/scoring-profiles/`. Each
 * is validated like a built-in one (`parseScoringProfile`); a damaged file is skipped, never fatal.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CalqueFailure } from '@shared/domain/errors'
import { BUILTIN_SCORING_PROFILES } from '@shared/scoring/builtin-profiles'
import { parseScoringProfile, type ScoringProfile } from '@shared/scoring/profile'
import { nodeFs, writeFileAtomic } from '../fs-port'
import { fsFailure } from '../fs-errors'

const FOLDER = 'scoring-profiles'

export async function listUserProfiles(userDataDir: string): Promise<ScoringProfile[]> {
  const dir = join(userDataDir, FOLDER)
  const names = await readdir(dir).catch(() => [] as string[])
  const profiles: ScoringProfile[] = []
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    try {
      const parsed = parseScoringProfile(JSON.parse(await readFile(join(dir, name), 'utf8')))
      if (parsed.ok) profiles.push(parsed.profile)
    } catch {
      // A file someone broke by hand: the other profiles still load.
    }
  }
  return profiles
}

export async function saveUserProfile(userDataDir: string, json: unknown): Promise<ScoringProfile> {
  const parsed = parseScoringProfile(json)
  if (!parsed.ok) throw new CalqueFailure({ code: "invalid-request", detail: parsed.message })
  const profile = parsed.profile
  if (BUILTIN_SCORING_PROFILES.some((p) => p.id === profile.id)) {
    throw new CalqueFailure({ code: 'invalid-request', detail: `"${profile.id}" is a built-in profile: give the copy another id` })
  }
  const dir = join(userDataDir, FOLDER)
  try {
    await nodeFs.mkdir(dir, true)
    await writeFileAtomic(nodeFs, join(dir, `${profile.id}.json`), JSON.stringify(profile, null, 2) + '\n')
  } catch (error) {
    throw fsFailure(error, dir, 'write')
  }
  return profile
}
