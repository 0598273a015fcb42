/** English function words: never content words of a repetition, never names when capitalised. */
export const ENGLISH_FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet for of to in on at by with from into onto upon about over under
  above below after before since until than as that this these those there here then when where
  while who whom whose which what why how if whether not no yes very well too also just only even
  still again ever never always often more most less least much many some any all each every both
  either neither other another such own same is are was were be been being am do does did done have
  has had having will would shall should can could may might must i you he she it we they me him her
  us them my your his its our their mine yours hers ours theirs one ones what's it's that's there's
  mr mrs ms dr st`
    .split(/\s+/)
    .filter((w) => w !== '')
)
