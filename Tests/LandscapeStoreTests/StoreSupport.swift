import Foundation
import LandscapeCore
@testable import LandscapeStore

/// A fresh database file in a folder of its own, removed with the folder by `cleanUp`.
struct TemporaryDatabase {
    let folder: URL
    var path: String { folder.appendingPathComponent("landscape.db").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }
}

/// Runs `body` with the store at `path` and closes it however `body` ends (a connection that is
/// not closed stops the process when it goes).
func withStore<T>(_ path: String, _ body: (LandscapeStore) async throws -> T) async throws -> T {
    let store = try await LandscapeStore.open(path: path)
    return try await ensuring { try await body(store) } finally: { await store.close() }
}

/// Runs `body`, then `cleanUp` however `body` ended; `body`'s result or error.
func ensuring<T>(_ body: () async throws -> T, finally cleanUp: () async -> Void) async throws -> T {
    let result: Result<T, any Error>
    do {
        result = .success(try await body())
    } catch {
        result = .failure(error)
    }
    await cleanUp()
    return try result.get()
}

/// Random numbers from a seed (xorshift64*, Vigna 2016): the same seed, the same landscapes.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}

/// Landscapes that use every field: dates of every precision, lists whose order matters,
/// notes, contacts, programmes, tie ids given for some ties and not for others.
enum RandomLandscapes {
    static let words = ["Volkshochschule", "Bündnis", "»Lernen«", "Café 🌍", "a: b", "# nein", "x, y", "\"zitiert\"",
                        "null", "yes", "- Punkt", "Zeile\nZeile", "Tab\there", "ü", "ß", "日本", "end\\", "2019"]

    static func text(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...3, using: &generator)).map { _ in words.randomElement(using: &generator) ?? "x" }.joined(separator: " ")
    }

    static func date(_ generator: inout SeededGenerator) -> PartialDate? {
        let year = Int.random(in: 1990...2030, using: &generator)
        switch Int.random(in: 0...3, using: &generator) {
        case 0: return nil
        case 1: return PartialDate(year: year)
        case 2: return PartialDate(year: year, month: Int.random(in: 1...12, using: &generator))
        default: return PartialDate(year: year, month: 2, day: Int.random(in: 1...28, using: &generator))
        }
    }

    /// Up to two fields of one's own (names no format knows), a text or a list.
    static func extraFields(_ generator: inout SeededGenerator) -> [ExtraField] {
        (0..<Int.random(in: 0...2, using: &generator)).map { index in
            let name = "eigenes Feld \(index) \(text(&generator))"
            return Bool.random(using: &generator)
                ? ExtraField(name: name, value: .text(text(&generator)))
                : ExtraField(name: name, value: .list((0..<Int.random(in: 1...3, using: &generator)).map { _ in text(&generator) }))
        }
    }

    static func landscape(_ generator: inout SeededGenerator) -> Landscape {
        let count = Int.random(in: 1...12, using: &generator)
        var actors: [Actor] = (0..<count).map { index in
            var actor = Actor(id: ActorID("a\(index) \(text(&generator))"), name: text(&generator),
                              kind: ActorKind.allCases.randomElement(using: &generator) ?? .other)
            actor.municipality = Bool.random(using: &generator) ? text(&generator) : nil
            actor.sectors = Array(Sector.allCases.shuffled(using: &generator).prefix(Int.random(in: 0...3, using: &generator)))
            actor.topics = (0..<Int.random(in: 0...4, using: &generator)).map { _ in text(&generator) }
            actor.targetGroups = (0..<Int.random(in: 0...2, using: &generator)).map { _ in text(&generator) }
            actor.period = ActivePeriod(since: date(&generator), until: nil)
            actor.contact = Bool.random(using: &generator) ? text(&generator) : nil
            actor.note = Bool.random(using: &generator) ? text(&generator) : nil
            actor.extra = extraFields(&generator)
            return actor
        }
        if count > 1 {
            actors[count - 1].kind = .program
            actors[0].programs = [actors[count - 1].id]
        }
        var ties: [Tie] = []
        for number in 0..<Int.random(in: 0...15, using: &generator) {
            let a = Int.random(in: 0..<count, using: &generator), b = Int.random(in: 0..<count, using: &generator)
            guard a != b else { continue }
            ties.append(Tie(from: actors[a].id, to: actors[b].id, kind: TieKind.allCases.randomElement(using: &generator) ?? .cooperation,
                            weight: [1, 2, 0.5, 1.25, 1e-3, 0.1].randomElement(using: &generator) ?? 1,
                            period: ActivePeriod(since: date(&generator), until: nil), formal: Bool.random(using: &generator),
                            note: Bool.random(using: &generator) ? text(&generator) : nil,
                            id: Bool.random(using: &generator) ? TieID("given-\(number)") : nil,
                            status: Int.random(in: 0..<4, using: &generator) == 0 ? .planned : .existing,
                            extra: extraFields(&generator)))
        }
        return Landscape(title: Bool.random(using: &generator) ? text(&generator) : nil, language: Bool.random(using: &generator) ? .de : .en,
                         asOf: date(&generator), needs: (0..<Int.random(in: 0...3, using: &generator)).map { _ in text(&generator) },
                         actors: actors, ties: ties)
    }

    /// The landscape with the ids a store gives the ties that have none, in order: `t1`, `t2` …
    /// past the ids the file gives.
    static func withAssignedIDs(_ landscape: Landscape) -> Landscape {
        let given = Set(landscape.ties.compactMap { $0.id?.rawValue })
        var number = 1
        let ties = landscape.ties.map { tie -> Tie in
            var tie = tie
            while tie.id == nil {
                if !given.contains("t\(number)") { tie.id = TieID("t\(number)") }
                number += 1
            }
            return tie
        }
        return Landscape(title: landscape.title, language: landscape.language, asOf: landscape.asOf, needs: landscape.needs,
                         actors: landscape.actors, ties: ties)
    }
}
