/** English sentence-splitting rules (see `types.ts` for what each list means). */
import { words, type SentenceRules } from './types'

const months = words('jan feb mar apr jun jul aug sep sept oct nov dec')

export const enRules: SentenceRules = {
  language: 'en',
  titles: words(`
    mr mrs ms messrs mme dr prof gen lt col maj capt cmdr adm sgt cpl gov sen rep rev hon pres supt amb
    st mt ft
    e.g i.e cf viz vs v approx ca
  `),
  beforeNumber: [
    ...words('no nos p pp vol vols fig figs art arts sec ch chap para op tel ext'),
    ...months
  ],
  ambiguous: [
    ...words(`
      u.s u.s.a u.k u.n e.u d.c inc corp co ltd llc plc bros jr sr a.m p.m ave blvd rd dept govt univ
      est al
    `),
    ...months
  ],
  sentenceFinal: words('etc'),
  unitsAfterNumber: words('mln bln bn km kg ft lb lbs oz mi sq a.m p.m'),
  sentenceStarters: words(`
    the a an this that these those it its he she they we i you his her their our my your there here
    in on at for from by with without to of as after before during since until while when where why
    how what who which whether if but and or so yet also however meanwhile moreover furthermore
    therefore thus then now still although though despite according earlier later last next today
    yesterday tomorrow some many most all both each every no not other another such one only even
    instead indeed unlike like besides
  `),
  headingMaxLength: 200
}
