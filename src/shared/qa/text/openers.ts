/** Capitalised, these words almost always open an English sentence (not names, not titles). */
export const SENTENCE_OPENERS = new Set(
  `The This That These Those It He She They We There But However In At On According After Before Since
  Now Then So His Her Their Our Its Also Meanwhile Moreover Earlier Later Today Yesterday Last Next As If
  When While Such Some Many Most All Both Each Every Another One Other Thus Therefore Still Yet Although
  Despite What Why How Where Who Instead Besides Furthermore Nevertheless Nonetheless`.split(/\s+/)
)

/** The openers that are function words: never the second half of a name ("Kostroma.Today"). */
export const FUNCTION_OPENERS = new Set(
  'The This That These Those It He She They We There But However In At On His Her Their Our Its'.split(
    ' '
  )
)
