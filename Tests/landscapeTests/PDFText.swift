import Foundation

/// The text of a printed PDF, as `pdftotext` (poppler-utils) finds it: pages end with a form
/// feed (U+000C), so the page counts and page contents of the report tests read from it.
enum PDFText {
    /// The whole text; `nil` when pdftotext fails (no such file, no PDF).
    static func read(_ pdf: URL) throws -> String? {
        let process = Process(), out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", pdf.path, "-"]
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? text : nil
    }
}
