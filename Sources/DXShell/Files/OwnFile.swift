/// How dxplan recognises a file it wrote, so that `save` and `export` replace their own earlier
/// output but not a file the user wrote by hand or got from elsewhere (that needs `force`).
///
/// Every format dxplan writes carries one of these marks near its start (a workbook, a zip archive,
/// at its end: the archive's comment); `OwnFileTests` checks
/// that each writer's output is recognised, so a writer cannot drift from this list unnoticed.
package enum OwnFile {
    /// How much of the start of a file is read to look for a mark.
    static let headLength = 4096

    /// The first line of a saved scenario file.
    package static let savedScenarioMark = "# Saved by dxplan."
    /// The first line of a recording (`record`), and of its Markdown transcript.
    package static let recordingMark = "# Recorded by dxplan."
    package static let transcriptMark = "<!-- Recorded by dxplan"
    /// The header row of `export csv` (after a byte-order mark with `bom`).
    package static let csvHeader = "scenario,measure,name,unit,year,value"
    /// `export csv` before it wrote `csvHeader`: a byte-order mark, then this header.
    static let earlierCSVHeader = "\u{FEFF}scenario,indicator,unit,year,value"
    /// `export json`: the document's first key.
    package static let jsonMark = "\"generator\" : \"dxplan\""
    /// `export html`: the page's generator.
    package static let htmlMark = "<meta name=\"generator\" content=\"dxplan\"/>"
    /// `export xmile`: the vendor in the file's header.
    package static let xmileMark = "<vendor>dxplan</vendor>"
    /// `export xlsx`: the comment of the workbook's zip archive, at the file's end.
    package static let xlsxMark = "Written by dxplan."
    /// How much of the end of a file is read to look for `xlsxMark`.
    static let tailLength = 128

    /// `export json` before it wrote `jsonMark`: the document's first two keys.
    static let earlierJSONStart = "{\n  \"model\" : "
    static let earlierJSONScenarios = "\n  \"scenarios\" : ["
    /// `export html` before it wrote `htmlMark`: the page's title.
    static let earlierHTMLTitle = "<title>dxplan: "

    /// Whether a file that starts with `head` (and ends with `tail`) was written by dxplan.
    package static func isOwn(head: String, tail: String = "") -> Bool {
        (head.hasPrefix("PK\u{3}\u{4}") && tail.hasSuffix(xlsxMark)) || head.hasPrefix(savedScenarioMark) || head.hasPrefix(csvHeader)
            || head.hasPrefix("\u{FEFF}" + csvHeader)
            || head.hasPrefix(earlierCSVHeader) || head.hasPrefix(recordingMark) || head.hasPrefix(transcriptMark)
            || [jsonMark, htmlMark, xmileMark, earlierHTMLTitle].contains { head.contains($0) }
            || head.hasPrefix(earlierJSONStart) && head.contains(earlierJSONScenarios)
    }
}
