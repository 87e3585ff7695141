import HTTPTypes
import LandscapeCore
import LandscapeStore
import LandscapeWording
import Testing
@testable import LandscapeServer

/// How the API answers a store's refusal: the status says whether to fix the request, reload,
/// or try again.
@Suite("API refusals")
struct APIRefusalTests {
    @Test("a database server that is away answers 503 (try again), a broken database 500, a stale version 409")
    func statuses() {
        let words = Language.de.storeCommandWording
        #expect(APIResponse.refusal(.unreachable(server: "postgres://landscape@db/landscape", reason: "connection lost"), words: words).status
                == .serviceUnavailable)
        #expect(APIResponse.refusal(.notADatabase(path: "x.db"), words: words).status == .internalServerError)
        #expect(APIResponse.refusal(.conflict(.actor, id: "weimar-vhs", expected: 2, current: 3), words: words).status == .conflict)
    }
}
