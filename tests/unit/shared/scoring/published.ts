/** Published MQM figures the corpus tests compare Calque's scores with. */

/**
 * github.com/google/wmt-mqm-human-evaluation, README.md, "TED talks" / "English to German",
 * column "expert-based MQM" (rank in brackets there). The TSV names the reference `ref`.
 */
export const GOOGLE_TED_ENDE_PUBLISHED: Readonly<Record<string, number>> = {
  'ref.A': 0.91,
  'Facebook-AI': 1.06,
  'Online-W': 1.12,
  'VolcTrans-AT': 1.24,
  metricsystem3: 1.44,
  'VolcTrans-GLAT': 1.49,
  HuaweiTSC: 1.5,
  metricsystem1: 1.63,
  metricsystem2: 1.69,
  metricsystem5: 1.72,
  UEdin: 1.77,
  metricsystem4: 1.78,
  eTranslation: 1.96,
  Nemo: 2.14
}
