/**
 * The LQA report as one self-contained HTML file: the report document rendered to static markup with
 * the dashboard's own components (charts are inline SVG), one inline style sheet, no script, nothing
 * fetched — the page's Content-Security-Policy forbids it — and print rules.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { REPORT_CSS } from './report-css'
import { ReportDocument, type ReportDocumentProps } from './ReportDocument'

/** Nothing may load from anywhere: the report is read offline, mailed, archived. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

export function reportHtml(props: ReportDocumentProps, title: string): string {
  const markup = renderToStaticMarkup(
    <html lang={props.labels.language}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={CSP} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="Calque" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
      </head>
      <body>
        <ReportDocument {...props} />
      </body>
    </html>
  )
  return `<!DOCTYPE html>\n${markup}\n`
}
