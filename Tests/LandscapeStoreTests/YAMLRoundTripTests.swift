import Foundation
import LandscapeCore
import LandscapeIO
import Testing
@testable import LandscapeStore

/// YAML → database → YAML: the file a user exports holds what the file she imported held,
/// for random landscapes that use every field (seeded; a failure names its seed and landscape).
@Suite("YAML through the database and back")
struct YAMLRoundTripTests {
    func yaml(_ landscape: Landscape) -> Data? {
        if case .file(let data) = YAMLWriter().write(landscape).output { return data }
        return nil
    }

    @Test("Random landscapes: written, read, stored, exported and read again give the same landscape and bytes", arguments: 0..<25)
    func randomThroughYAML(seed: UInt64) async throws {
        var generator = SeededGenerator(seed: seed)
        let database = try TemporaryDatabase()
        defer { database.cleanUp() }
        let file = database.folder.appendingPathComponent("in.yaml")
        try #require(yaml(RandomLandscapes.landscape(&generator))).write(to: file)
        let read = LandscapeLoader().load([file.path])
        #expect(!read.hasErrors, "seed \(seed): \(read.diagnostics)")
        let stored = try await withStore(database.path) { store in
            _ = try await store.importLandscape(read.landscape)
            return try await store.landscape()
        }
        let expected = RandomLandscapes.withAssignedIDs(read.landscape)
        #expect(stored == expected, "seed \(seed): \(read.landscape)")
        let exported = database.folder.appendingPathComponent("out.yaml")
        try #require(yaml(stored)).write(to: exported)
        #expect(LandscapeLoader().load([exported.path]).landscape == expected, "seed \(seed)")
        #expect(yaml(stored) == yaml(expected))
    }
}
