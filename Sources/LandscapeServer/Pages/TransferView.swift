import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeReport
import LandscapeWording

/// The markup of the import and export page: the upload form and the downloads; a comparison
/// with its two choices; or the problems of an upload that could not be read.
struct TransferView {
    let context: PageContext
    /// The CSRF token of the forms.
    let token: String

    /// The formats a download offers, in the order of the list (the CSV pair is a folder).
    static let downloads: [ExportFormat] = [.yaml, .json, .graphml, .gexf, .xlsx]

    /// The page with the upload form, the downloads, and a notice above them.
    func document(title: String?, notice: (text: String, error: Bool)?) -> Node {
        page(title: title) {
            if let notice {
                Node.element("p", [("class", notice.error ? "notice error" : "notice"), ("role", notice.error ? "alert" : "status")]) { notice.text }
            }
            if context.mayEdit { upload }
            downloads
        }
    }

    /// The comparison: what replacing and what merging would change, each with its button.
    func compared(_ comparison: UploadComparison, pending: String, title: String?) -> Node {
        let words = context.words, file = comparison.replacing.new.label
        return page(title: title) {
            Node.element("p", [("class", "hint")]) { words.transferUndoHint }
            if !comparison.warnings.isEmpty { diagnostics(comparison.warnings, heading: words.transferWarnings) }
            Node.element("section", [("id", "replace")]) {
                Node.element("h2") { words.transferReplaceHeading(file: file) }
                Node.element("pre", [("class", "diff")]) { DiffOutput.text(comparison.replacing, language: context.language) }
                choice(pending, mode: "replace", label: words.transferReplace)
            }
            Node.element("section", [("id", "merge")]) {
                Node.element("h2") { words.transferMergeHeading(file: file) }
                switch comparison.merging {
                case .success(let merged):
                    Node.element("pre", [("class", "diff")]) { DiffOutput.text(merged, language: context.language) }
                    choice(pending, mode: "merge", label: words.transferMerge)
                case .failure(let failure):
                    diagnostics(failure.diagnostics, heading: words.transferNotMerged)
                }
            }
            Node.element("p") { Node.element("a", [("href", context.link("/transfer"))]) { words.formCancel } }
        }
    }

    /// An upload that could not be read: every problem, as `check` prints it.
    func refused(_ problems: [Diagnostic], title: String?) -> Node {
        page(title: title) {
            Node.element("div", [("class", "notice error"), ("role", "alert")]) { Node.element("p") { context.words.transferUnreadable } }
            diagnostics(problems, heading: nil)
            upload
        }
    }

    private func page(title: String?, @MarkupBuilder content: () -> [Node]) -> Node {
        PageFrame.document(.transfer, title: title, context: context) {
            Node.element("h1") { PageKind.transfer.title(context.words) }
            content()
        }
    }

    private var upload: Node {
        let words = context.words
        return Node.element("section", [("id", "upload")]) {
            Node.element("h2") { words.transferUploadHeading }
            Node.element("form", [("class", "record"), ("method", "post"), ("action", context.link("/transfer")), ("enctype", "multipart/form-data")]) {
                Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
                Node.element("div", [("class", "field")]) {
                    Node.element("label", [("for", "field-file")]) { words.transferFile }
                    Node.element("input", [("type", "file"), ("id", "field-file"), ("name", "file"), ("multiple", "multiple"),
                                           ("accept", ".yaml,.yml,.json,.graphml,.gexf,.xlsx,.csv,.dot,.gv")])
                    Node.element("p", [("class", "hint")]) { words.transferUploadHint }
                }
                Node.element("p", [("class", "actions")]) { Node.element("button", [("type", "submit")]) { words.transferCompare } }
            }
        }
    }

    private var downloads: Node {
        Node.element("section", [("id", "downloads")]) {
            Node.element("h2") { context.words.transferExportHeading }
            Node.element("p", [("class", "hint")]) { context.words.transferExportHint }
            Node.element("ul") {
                for format in Self.downloads {
                    Node.element("li") {
                        Node.element("a", [("href", context.local("/export." + format.rawValue)), ("download", "landscape." + format.rawValue)]) { "landscape." + format.rawValue }
                    }
                }
            }
            Node.element("h2") { context.words.transferReportHeading }
            Node.element("p", [("class", "hint")]) { context.words.transferReportHint }
            Node.element("p") {
                Node.element("a", [("class", "button secondary"), ("href", context.link(Self.reportPath)),
                                   ("download", context.words.transferReportFile)]) { context.words.transferReportLink }
            }
        }
    }

    /// Where the steering report is downloaded.
    static let reportPath = "/report.html"

    /// The form that merges or replaces: the pending upload's token in the action, `mode` its choice.
    private func choice(_ pending: String, mode: String, label: String) -> Node {
        Node.element("form", [("method", "post"), ("action", context.link("/transfer/" + pending))]) {
            Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
            Node.element("input", [("type", "hidden"), ("name", "mode"), ("value", mode)])
            Node.element("button", [("type", "submit"), ("class", mode == "replace" ? "secondary danger" : nil)]) { label }
        }
    }

    private func diagnostics(_ list: [Diagnostic], heading: String?) -> Node {
        let lines = context.language.diagnosticWording
        return Node.element("div", [("class", "diagnostics")]) {
            if let heading { Node.element("p") { heading } }
            Node.element("pre") { list.map(lines.line).joined(separator: "\n") }
        }
    }
}
