import Foundation
import HTTPTypes
import Hummingbird
import Synchronization
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeRender
import LandscapeReport
import LandscapeStore
import LandscapeWording

/// The import and export page (`/transfer`): a file (any format `convert` reads, or the two files
/// of a CSV pair) is uploaded and compared with the store — what replacing the landscape by it
/// and what merging it in would change, in the words of `landscape diff` — then replaced or
/// merged in one change the history can undo; and a download link for every format.
extension Pages {
    func add(transferRoutesTo router: Router<BasicRequestContext>) {
        router.get("transfer") { request, _ in try await cached(request) { try await transferPage(request) } }
        router.post("transfer") { request, _ in try await compareUpload(request) }
        router.post("transfer/:token") { request, context in try await applyUpload(request, token: try context.parameters.require("token")) }
        router.get(RouterPath(TransferView.reportPath)) { request, _ in try await reportFile(request) }
    }

    /// The steering report of `landscape report` for the landscape as the store holds it (its
    /// planned ties left out, as the command leaves them out), in the page's language, as a
    /// download: the report styles itself inline, which the pages' Content-Security-Policy
    /// forbids, so it is saved and opened as a file of its own.
    ///
    /// The report is made on a thread of its own, not on one of the few that answer requests:
    /// its analyses and diagrams take seconds on a large landscape, and the map must not wait.
    ///
    /// - Complexity: that of the report (its analyses and the layouts of its diagrams).
    func reportFile(_ request: Request) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        let options = ReportOptions(language: context.language, today: ReportRequest.localToday())
        let renderer = renderer
        let html = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(returning: ReportBuilder(renderer: renderer).build(landscape.realised(), options: options).html)
            }
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/html; charset=utf-8",
                      .contentDisposition: "attachment; filename=\"\(context.words.transferReportFile)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// The upload form and the downloads.
    func transferPage(_ request: Request, notice: (text: String, error: Bool)? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        return PageResponse.document(TransferView(context: context, token: token).document(title: landscape.title, notice: notice), status: status)
    }

    /// Reads the uploaded files and shows both comparisons, or what is wrong with the files (422).
    func compareUpload(_ request: Request) async throws -> Response {
        var request = request
        let body = Data(try await request.collectBody(upTo: ServerSecurity.uploadLimit).readableBytesView)
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        let words = context.words
        guard let form = MultipartForm(body: body, contentType: request.headers[.contentType] ?? ""), !form.files("file").isEmpty else {
            return try await transferPage(request, notice: (words.transferNoFile, true), status: .unprocessableContent)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-upload-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (number, part) in form.files("file").enumerated() {
            let file = folder.appendingPathComponent(Self.safeName(part.fileName ?? "", number: number))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try part.data.write(to: file)
            paths.append(file.path)
        }
        let based = try await latestChange()
        let view = TransferView(context: context, token: token)
        switch Diffing.compare(uploaded: paths, in: folder.path, with: landscape, storeLabel: words.transferStoreLabel) {
        case .failure(let failure):
            return PageResponse.document(view.refused(failure.diagnostics, title: landscape.title), status: .unprocessableContent)
        case .success(let comparison):
            let pending = uploads.keep(PendingUploads.Pending(comparison: comparison, basedOn: based))
            return PageResponse.document(view.compared(comparison, pending: pending, title: landscape.title))
        }
    }

    /// Replaces the landscape by the compared upload, or merges it in (`mode`), as one change;
    /// refused when the store changed since the comparison (409).
    func applyUpload(_ request: Request, token pending: String) async throws -> Response {
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: ServerSecurity.formLimit)))
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        guard let upload = uploads.take(pending), try await latestChange() == upload.basedOn,
              let chosen = fields["mode"] == "merge" ? upload.comparison.merged : upload.comparison.uploaded else {
            return try await transferPage(request, notice: (context.words.transferStale, true), status: .conflict)
        }
        do {
            _ = try await store.importLandscape(chosen)
        } catch {
            if case .unreachable = error { throw await failure(error) }
            return try await transferPage(request, notice: (error.message(context.language.storeCommandWording), true), status: .internalServerError)
        }
        return PageResponse.redirect(to: context.link("/history"))
    }

    /// The number of the store's latest change (0: none): a comparison holds while it stays.
    private func latestChange() async throws -> Int {
        do {
            return try await store.history(limit: 1).first?.number ?? 0
        } catch {
            throw await failure(error)
        }
    }

    /// An uploaded file's name as a plain name in the upload's folder: no folders, no leading
    /// dot, at most 100 characters; `upload-N` when nothing is left.
    static func safeName(_ given: String, number: Int) -> String {
        let name = String((given as NSString).lastPathComponent.filter { $0 != "/" && $0 != "\\" && !$0.isNewline }.drop { $0 == "." }.suffix(100))
        return name.isEmpty ? "upload-\(number)" : name
    }
}

/// Uploads compared and waiting to be merged or to replace the landscape: kept in memory under a
/// random token, the newest `limit` only (a comparison holds the landscapes it would store).
final class PendingUploads: Sendable {
    struct Pending: Sendable {
        var comparison: UploadComparison
        /// The store's latest change when it was compared.
        var basedOn: Int
    }

    static let limit = 4
    private let entries = Mutex<[(token: String, pending: Pending)]>([])

    /// Keeps `pending`; returns its token.
    func keep(_ pending: Pending) -> String {
        let token = ServerSecurity.newToken()
        entries.withLock { entries in
            entries.append((token, pending))
            if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
        }
        return token
    }

    /// The upload kept under `token`, taken out: it is applied at most once.
    func take(_ token: String) -> Pending? {
        entries.withLock { entries in
            guard let index = entries.firstIndex(where: { $0.token == token }) else { return nil }
            return entries.remove(at: index).pending
        }
    }
}
