import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeStore
import Testing

/// The edit use cases over a database holding Weimar (graphs/weimar.yaml, German: the problems
/// are worded in German, with `check`'s words from the catalog `diagnostics`). Every refusal is
/// checked to have changed nothing: the actors, ties and history read back are the same.
@Suite("Editing actors and ties from field maps")
struct RecordEditorTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let weimar = LandscapeLoader().load([repository.appendingPathComponent("graphs/weimar.yaml").path]).landscape

    /// Runs `body` with an editor over a fresh database holding Weimar.
    func withEditor(_ body: (RecordEditor, LandscapeStore) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await LandscapeStore.open(path: folder.appendingPathComponent("landscape.db").path)
        do {
            _ = try await store.importLandscape(Self.weimar)
            try await body(RecordEditor(store: store, who: "test"), store)
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    /// What the store holds, to compare before and after a refusal.
    struct Snapshot: Equatable {
        var actors: [StoredActor]
        var ties: [StoredTie]
        var changes: Int
    }

    static func snapshot(_ store: LandscapeStore) async throws -> Snapshot {
        Snapshot(actors: try await store.actors(), ties: try await store.ties(), changes: try await store.history().count)
    }

    /// The problems of an edit that must be refused as invalid, and that it changed nothing.
    static func problems(_ store: LandscapeStore, _ edit: () async throws(EditFailure) -> Void) async throws -> [FieldProblem] {
        let before = try await snapshot(store)
        var found: [FieldProblem] = []
        do {
            try await edit()
            Issue.record("the edit was stored")
        } catch .invalid(let problems) {
            found = problems
        } catch {
            Issue.record("refused as \(error), not as invalid")
        }
        #expect(try await snapshot(store) == before)
        return found
    }

    @Test("An added actor is stored at version 1 with every field given; a list field keeps its order")
    func addActor() async throws {
        try await withEditor { editor, store in
            let stored = try await editor.addActor([
                "id": .string("weimar-jugendclub"), "name": .string("Jugendclub Nord"), "kind": .string("association"),
                "sectors": .array([.string("non-formal"), .string("school")]), "since": .int(2020), "note": .string("  "),
                "version": .int(7),
            ])
            #expect(stored.version == 1)
            #expect(stored.actor.name == "Jugendclub Nord")
            #expect(stored.actor.sectors == [.nonFormal, .school])
            #expect(stored.actor.period.since == PartialDate(year: 2020))
            #expect(stored.actor.note == nil)
            #expect(try await store.actor(ActorID("weimar-jugendclub")) == stored)
        }
    }

    @Test("An invalid actor is refused with one problem per field, in check's German words, and nothing changes")
    func invalidActor() async throws {
        try await withEditor { editor, store in
            let problems = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await editor.addActor(["id": .string("neu"), "name": .string("Neu"), "kind": .string("ofice"), "sectors": .object([]), "nmae": .string("x")])
            }
            #expect(Set(problems.compactMap(\.field)) == ["nmae", "kind", "sectors"])
            #expect(problems.first { $0.field == "nmae" }?.message == "»nmae« ist kein Feld eines Akteurs; meinten Sie »name«?")
            #expect(problems.first { $0.field == "kind" }?.message.hasPrefix("unbekannte Akteursart »ofice«; meinten Sie »office«?") == true)
            // Without a name the builder reads no further fields of the actor: the one problem is the name.
            let unnamed = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await editor.addActor(["id": .string("neu"), "kind": .string("office")])
            }
            #expect(unnamed == [FieldProblem(field: "name", message: "Akteur ohne »name« (Pflichtfeld)")])
        }
    }

    @Test("An actor with a taken id is refused on the field id, and nothing changes")
    func duplicateActor() async throws {
        try await withEditor { editor, store in
            let problems = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await editor.addActor(["id": .string("montag-stiftung"), "name": .string("Doppelt"), "kind": .string("foundation")])
            }
            #expect(problems == [FieldProblem(field: "id", message: "Akteur »montag-stiftung« gibt es schon.")])
        }
    }

    @Test("A change replaces the fields given, null clears one, the others stay; the version counts up")
    func updateActor() async throws {
        try await withEditor { editor, store in
            let id = ActorID("weimar-schulverwaltungsamt")
            let before = try #require(try await store.actor(id))
            let changed = try await editor.updateActor(id, ["name": .string("Schulverwaltungsamt"), "topics": .null], expectedVersion: before.version)
            #expect(changed.version == before.version + 1)
            #expect(changed.actor.name == "Schulverwaltungsamt")
            #expect(changed.actor.topics.isEmpty)
            #expect(changed.actor.sectors == before.actor.sectors)
            #expect(changed.actor.targetGroups == before.actor.targetGroups)
            #expect(try await store.actor(id) == changed)
        }
    }

    @Test("A change based on an old version is a conflict; a changed id and an unknown actor are refused; nothing changes")
    func refusedUpdates() async throws {
        try await withEditor { editor, store in
            let id = ActorID("weimar-stadtverwaltung")
            let before = try await Self.snapshot(store)
            await #expect(throws: EditFailure.refused(.conflict(.actor, id: id.rawValue, expected: 9, current: 1))) {
                _ = try await editor.updateActor(id, ["name": .string("Rathaus")], expectedVersion: 9)
            }
            await #expect(throws: EditFailure.refused(.notFound(.actor, id: "nirgends"))) {
                _ = try await editor.updateActor(ActorID("nirgends"), ["name": .string("x")], expectedVersion: 1)
            }
            #expect(try await Self.snapshot(store) == before)
            let problems = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await editor.updateActor(id, ["id": .string("rathaus")], expectedVersion: 1)
            }
            #expect(problems.map(\.field) == ["id"])
        }
    }

    @Test("A programme that stops being one is refused while an actor names it (found among the stored actors)")
    func programKind() async throws {
        try await withEditor { editor, store in
            let named = Self.weimar.actors.first { !$0.programs.isEmpty }
            let program = try #require(named?.programs.first)
            let problems = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await editor.updateActor(program, ["kind": .string("office")], expectedVersion: 1)
            }
            #expect(problems.count == 1)
            #expect(problems.first?.field == nil)
            #expect(problems.first?.message.contains("kein Förderprogramm") == true)
        }
    }

    @Test("A tie's ends may be named by exact name; it gets the next free id; an unknown end is refused with a suggestion")
    func addTie() async throws {
        try await withEditor { editor, store in
            let tie = try await editor.addTie(["from": .string("Stadtverwaltung Weimar"), "to": .string("montag-stiftung"),
                                               "kind": .string("cooperation"), "weight": .number(2.5), "formal": .bool(true)])
            #expect(tie.tie.from == ActorID("weimar-stadtverwaltung"))
            #expect(tie.tie.weight == 2.5)
            #expect(tie.tie.formal)
            #expect(tie.id == TieID("t\(Self.weimar.ties.count + 1)"))
            #expect(tie.version == 1)
            let problems = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await editor.addTie(["from": .string("weimar-stadtverwaltung"), "to": .string("montag-stiftun"), "kind": .string("cooperation")])
            }
            #expect(problems.map(\.field) == ["to"])
            #expect(problems.first?.message.contains("meinten Sie »montag-stiftung«?") == true)
            let selfTie = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await editor.addTie(["from": .string("montag-stiftung"), "to": .string("montag-stiftung"), "kind": .string("cooperation")])
            }
            #expect(selfTie.count == 1)
            let taken = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await editor.addTie(["id": .string("t1"), "from": .string("montag-stiftung"), "to": .string("kulturagenten"), "kind": .string("funding")])
            }
            #expect(taken.map(\.field) == ["id"])
        }
    }

    @Test("A tie changes and is deleted by version; deleting an actor takes its ties, and undo brings all back")
    func deleteAndUndo() async throws {
        try await withEditor { editor, store in
            let changed = try await editor.updateTie(TieID("t1"), ["weight": .int(3)], expectedVersion: 1)
            #expect(changed.tie.weight == 3)
            #expect(changed.tie.from == Self.weimar.ties[0].from)
            try await editor.deleteTie(TieID("t1"), expectedVersion: 2)
            #expect(try await store.tie(TieID("t1")) == nil)
            let before = try await store.ties().count
            let id = ActorID("weimar-stadtverwaltung")
            try await editor.deleteActor(id, expectedVersion: 1)
            #expect(try await store.actor(id) == nil)
            #expect(try await store.ties().allSatisfy { $0.tie.from != id && $0.tie.to != id })
            let deletion = try #require(try await store.history(limit: 1).first)
            _ = try await editor.undo(change: deletion.number)
            #expect(try await store.actor(id) != nil)
            #expect(try await store.ties().count == before)
            await #expect(throws: EditFailure.refused(.noSuchChange(999))) {
                _ = try await editor.undo(change: 999)
            }
        }
    }

    @Test("A tie with the ends, kind and dates of a stored one is refused at the field to; the other direction of a directed kind is another tie")
    func repeatedTie() async throws {
        try await withEditor { editor, store in
            // t1 of graphs/weimar.yaml: weimar-stadtverwaltung steers weimar-schulverwaltungsamt, no dates.
            let first = Self.weimar.ties[0]
            #expect(first.kind == .steering)
            let problems = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await editor.addTie(["from": .string(first.from.rawValue), "to": .string(first.to.rawValue), "kind": .string("steering"), "weight": .int(2)])
            }
            #expect(problems == [FieldProblem(field: "to", message: "Diese Beziehung gibt es schon (»t1«); ändern Sie diese, statt sie ein zweites Mal anzulegen.")])
            let reversed = try await editor.addTie(["from": .string(first.to.rawValue), "to": .string(first.from.rawValue), "kind": .string("steering")])
            #expect(reversed.tie.from == first.to)
            let dated = try await editor.addTie(["from": .string(first.from.rawValue), "to": .string(first.to.rawValue), "kind": .string("steering"), "since": .int(2024)])
            #expect(dated.tie.period.since == PartialDate(year: 2024))
            // Changing the dated tie into a repeat of t1 is refused too.
            let changed = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await editor.updateTie(dated.id, ["since": .null], expectedVersion: 1)
            }
            #expect(changed.map(\.field) == ["to"])
        }
    }

    @Test("With a form's labels the problems call the fields by them; without, by the keys as check does")
    func labelledProblems() async throws {
        try await withEditor { editor, store in
            var labelled = editor
            labelled.fieldLabels = ["since": "Seit", "until": "Bis", "name": "Name"]
            let date = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await labelled.addActor(["id": .string("neu"), "name": .string("Neu"), "kind": .string("office"), "since": .string("im Frühjahr")])
            }
            #expect(date.map(\.field) == ["since"])
            #expect(date.first?.message.contains("ungültiges Datum »im Frühjahr« in »Seit«") == true, "\(date)")
            let keyed = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await editor.addActor(["id": .string("neu"), "name": .string("Neu"), "kind": .string("office"), "since": .string("im Frühjahr")])
            }
            #expect(keyed.first?.message.contains("in »since«") == true, "\(keyed)")
            let reversed = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await labelled.addActor(["id": .string("neu"), "name": .string("Neu"), "kind": .string("office"), "since": .int(2020), "until": .int(2018)])
            }
            #expect(reversed.map(\.message) == ["»Bis« 2018 liegt vor »Seit« 2020."])
            let unnamed = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await labelled.addActor(["id": .string("neu"), "kind": .string("office")])
            }
            #expect(unnamed == [FieldProblem(field: "name", message: "»Name« ist ein Pflichtfeld.")])
            var english = labelled
            english.problemLanguage = .en
            let worded = try await Self.problems(store) { () throws(EditFailure) in
                _ = try await english.addActor(["id": .string("neu"), "kind": .string("office")])
            }
            #expect(worded.map(\.message) == ["'Name' is required."])
        }
    }
}
