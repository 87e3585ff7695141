import Foundation

/// Why a document could not be printed to PDF.
public enum PDFPrintingError: Error, Sendable, Equatable {
    /// No Chromium (or Chrome) is installed where it is looked for.
    case noBrowser
    /// The browser ran and ended with `status` without writing the PDF; `detail` is the end of
    /// what it wrote on standard error.
    case failed(status: Int32, detail: String)
}

/// Prints an HTML document to PDF through headless Chromium, as a reader printing it from the
/// browser would get it (A4 from the document's `@page` rules, no header or footer lines).
///
/// The browser is `LANDSCAPE_CHROMIUM` when set, else the first of `chromium`,
/// `chromium-browser`, `google-chrome` and `google-chrome-stable` on `PATH`.
public enum PDFPrinting {
    static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser to print with, if one is installed.
    public static func browser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let given = environment["LANDSCAPE_CHROMIUM"] {
            return FileManager.default.isExecutableFile(atPath: given) ? given : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in browserNames {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    /// The PDF of `html`: written to a private temporary folder, printed there and read back;
    /// the folder is removed afterwards.
    public static func pdf(of html: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Data {
        guard let browser = browser(environment: environment) else { throw PDFPrintingError.noBrowser }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("document.html"), pdf = folder.appendingPathComponent("document.pdf")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        var arguments = ["--headless", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + folder.appendingPathComponent("profile").path,
                         "--print-to-pdf=" + pdf.path, page.absoluteString]
        // Chromium refuses to run as root with its sandbox.
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let detail = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let data = try? Data(contentsOf: pdf), !data.isEmpty else {
            let text = String(decoding: detail.suffix(600), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw PDFPrintingError.failed(status: process.terminationStatus, detail: text)
        }
        return data
    }
}
