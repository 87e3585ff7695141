import Foundation
import HTTPTypes
import Hummingbird
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeStore
import LandscapeWording

/// The read routes that compute: `GET /api/analysis/{central,stats,gaps,suggestions}?at=DATE`
/// (the JSON of `landscape NAME --format json`, through `ServedAnalysis`) and the downloads
/// `GET /export.{yaml,json,graphml,gexf,xlsx}` (the bytes of `landscape export`).
struct Computed: Sendable {
    let reads: Reads
    let words: ServeEditingWording

    /// The one-file formats offered for download, with their media types.
    static let downloads: [(format: ExportFormat, mediaType: String)] = [
        (.yaml, "application/yaml; charset=utf-8"), (.json, "application/json; charset=utf-8"),
        (.graphml, "application/graphml+xml"), (.gexf, "application/gexf+xml"),
        (.xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ]

    /// Adds the routes: the analyses to `api`, the downloads to `router` (both behind the middleware).
    func register(on router: Router<BasicRequestContext>, api: RouterGroup<BasicRequestContext>) {
        for analysis in ServedAnalysis.allCases {
            api.get("analysis/\(analysis.rawValue)") { request, _ in
                let at = request.uri.queryParameters.get("at")
                var day: CalendarDay?
                if let at {
                    guard let date = PartialDate(parsing: at) else {
                        return APIResponse.errors(.badRequest, [APIError(field: "at", message: words.dateInvalid(text: at))])
                    }
                    day = date.firstDay
                }
                return await reads.answer { store throws(StoreError) in
                    let landscape = try await store.landscape()
                    // Dismissed pairs leave the suggestions, as on the pages.
                    let dismissed = analysis == .suggestions ? try await store.dismissals() : []
                    return analysis.json(of: day.map { landscape.active(on: $0) } ?? landscape, dismissed: dismissed)
                }
            }
        }
        for (format, mediaType) in Self.downloads {
            router.get("export.\(format.rawValue)") { _, _ in
                let landscape: Landscape
                do throws(StoreError) {
                    landscape = try await reads.store.landscape()
                } catch {
                    return APIResponse.refusal(error, words: reads.words)
                }
                let data = Converting.fileBytes(landscape, format: format) ?? Data()
                return Response(
                    status: .ok,
                    headers: [.contentType: mediaType, .contentDisposition: "attachment; filename=\"landscape.\(format.rawValue)\""],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
            }
        }
    }
}
