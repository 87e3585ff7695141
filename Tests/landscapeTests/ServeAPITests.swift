import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// What `landscape serve` computes is what the command line prints: the analyses are the JSON of
/// `landscape NAME --format json` (also at a date), the downloads the files `landscape export` writes.
@Suite("landscape serve: analyses and downloads as the command line gives them")
struct ServeAPITests {
    static func get(_ server: ServeKillTests.Server, _ path: String) async throws -> (Data, Int) {
        let (body, response) = try await URLSession.shared.data(from: try #require(URL(string: server.base + path)))
        return (body, (response as? HTTPURLResponse)?.statusCode ?? 0)
    }

    /// Whether two JSON texts hold the same values, numbers within 1e-12 relative: betweenness
    /// sums its sources' shares on several cores, and the order of that sum (so its last bit)
    /// may differ from one run to the next.
    static func same(_ one: Data, _ other: Data) throws -> Bool {
        func same(_ a: Any, _ b: Any) -> Bool {
            switch (a, b) {
            case let (a as [String: Any], b as [String: Any]): return a.keys.sorted() == b.keys.sorted() && a.allSatisfy { key, value in b[key].map { same(value, $0) } ?? false }
            case let (a as [Any], b as [Any]): return a.count == b.count && zip(a, b).allSatisfy(same)
            case let (a as String, b as String): return a == b
            case let (a as NSNumber, b as NSNumber): return abs(a.doubleValue - b.doubleValue) <= 1e-12 * max(1, abs(a.doubleValue))
            case (is NSNull, is NSNull): return true
            default: return false
            }
        }
        return same(try JSONSerialization.jsonObject(with: one), try JSONSerialization.jsonObject(with: other))
    }

    /// The suggestions' JSON without the `id` the API gives each pair, after checking that each
    /// id is the pair's two actor ids in order, joined by `+` (docs/serve.md).
    static func withoutIDs(_ body: Data) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let items = try #require(object["suggestions"] as? [[String: Any]])
        #expect(!items.isEmpty)
        object["suggestions"] = items.map { item in
            var item = item
            if item["type"] as? String == "pair" {
                let ends = [item["from"] as? String ?? "", item["to"] as? String ?? ""].sorted()
                #expect(item["id"] as? String == ends.joined(separator: "+"))
            }
            item["id"] = nil
            return item
        }
        return try JSONSerialization.data(withJSONObject: object)
    }

    @Test("GET /api/analysis/NAME is the JSON of landscape NAME --format json, with ?at= as --at; /export.F is landscape export's file")
    func sameAsCommandLine() async throws {
        let folder = try ServeKillTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("w.db").path
        let server = try await ServeKillTests.Server.start(database: database, files: ["graphs/weimar.yaml"])
        defer {
            server.process.terminate()
            server.process.waitUntilExit()
        }
        for (name, command) in [("central", "central"), ("stats", "stats"), ("gaps", "gaps"), ("suggestions", "suggest")] {
            let cli = try CLI.run(command, "graphs/weimar.yaml", "--format", "json")
            #expect(cli.status == 0, "\(cli.stderr)")
            let (body, status) = try await Self.get(server, "/api/analysis/\(name)")
            #expect(status == 200)
            #expect(try Self.same(name == "suggestions" ? Self.withoutIDs(body) : body, Data(cli.stdout.utf8)), "\(name)")
        }
        let past = try CLI.run("stats", "graphs/weimar.yaml", "--format", "json", "--at", "2016")
        let (body, status) = try await Self.get(server, "/api/analysis/stats?at=2016")
        #expect(status == 200)
        #expect(try Self.same(body, Data(past.stdout.utf8)))
        let (_, refused) = try await Self.get(server, "/api/analysis/stats?at=2016-13")
        #expect(refused == 400)
        for format in ["yaml", "json", "graphml", "gexf", "xlsx"] {
            let file = folder.appendingPathComponent("export.\(format)").path
            let export = try CLI.run("export", "--db", database, "-o", file)
            #expect(export.status == 0, "\(export.stderr)")
            let (served, status) = try await Self.get(server, "/export.\(format)")
            #expect(status == 200)
            if format == "xlsx" {
                // A workbook is a ZIP whose entries carry times: the same size and a ZIP, not the same bytes.
                #expect(served.starts(with: [0x50, 0x4B]))
            } else {
                #expect(served == FileManager.default.contents(atPath: file), "\(format)")
            }
        }
    }
}
