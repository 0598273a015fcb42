/**
 * Property tests run on a fixed seed, so a run on CI tries the very inputs a run here tried and a red
 * build always means a change, never an unlucky draw. To explore fresh inputs, run with
 * CALQUE_FC_SEED=random (or a number to replay one); a failure prints the seed and path to replay.
 */
import fc from 'fast-check'

const FIXED_SEED = 20261206

const asked = process.env['CALQUE_FC_SEED']
if (asked !== 'random') {
  const seed = asked === undefined || asked === '' ? FIXED_SEED : Number(asked)
  if (!Number.isInteger(seed)) throw new Error(`CALQUE_FC_SEED must be an integer or "random"`)
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed })
}
