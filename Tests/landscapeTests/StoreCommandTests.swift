import Foundation
import LandscapeCore
import LandscapeIO
import Testing

/// `landscape import` and `landscape export` as users run them: every example through the
/// database and back, every export format, and the files the store refuses.
@Suite("landscape import and export, as users run them")
struct StoreCommandTests {
    /// A folder of its own for each test, removed by the caller.
    func scratch() throws -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("store-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func read(_ path: String) -> Landscape {
        LandscapeLoader().load([path.hasPrefix("/") ? path : CLI.repository.appendingPathComponent(path).path]).landscape
    }

    /// The landscape without tie ids: what a file without them holds.
    func withoutTieIDs(_ landscape: Landscape) -> Landscape {
        Landscape(title: landscape.title, language: landscape.language, asOf: landscape.asOf, needs: landscape.needs,
                  actors: landscape.actors, ties: landscape.ties.map { tie in
                      var tie = tie
                      tie.id = nil
                      return tie
                  })
    }

    @Test("YAML → database → YAML gives the same landscape for every example; the ids it gives ties stay", arguments: ConvertCommandTests.inputs)
    func roundTrip(input: String) throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("landscape.db").path
        let original = read(input)
        let imported = try CLI.run("import", input, "--db", database)
        #expect(imported.status == 0, "\(imported.stderr)")
        let actors = original.actors.count, ties = original.ties.count
        let given = original.ties.count { $0.id != nil }
        var expected = "imported \(actors) actor\(actors == 1 ? "" : "s") and \(ties) tie\(ties == 1 ? "" : "s") into \(database) (change 1)\n"
        if ties - given > 0 {
            expected += ties - given == 1 ? "1 tie without id got one from the database\n" : "\(ties - given) ties without id got one from the database\n"
        }
        #expect(imported.stdout == expected)

        let first = folder.appendingPathComponent("first.yaml").path
        let exported = try CLI.run("export", "--db", database, "-o", first)
        #expect(exported.status == 0 && exported.stderr.isEmpty, "\(exported.stderr)")
        #expect(exported.stdout.hasPrefix("wrote \(first) (yaml, "))
        let back = read(first)
        #expect(withoutTieIDs(back) == withoutTieIDs(original), "\(input)")
        #expect(Set(back.ties.compactMap(\.id)).count == back.ties.count)

        // The exported file imports to the same ids: a second round writes the same bytes.
        let second = folder.appendingPathComponent("second.yaml").path
        let again = folder.appendingPathComponent("again.db").path
        #expect(try CLI.run("import", first, "--db", again).status == 0)
        #expect(try CLI.run("export", "--db", again, "-o", second).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test("import --as keeps several landscapes in one database; export --as gives each back; an id with a space is a usage error")
    func severalLandscapes() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("laender.db").path
        #expect(try CLI.run("import", "graphs/weimar.yaml", "--db", database, "--as", "weimar").status == 0)
        let jena = try CLI.run("import", "graphs/jena.yaml", "--db", database, "--as", "jena")
        #expect(jena.status == 0 && jena.stdout.contains("(change 2)"), "\(jena.stdout)\(jena.stderr)")
        for (id, file) in [("weimar", "graphs/weimar.yaml"), ("jena", "graphs/jena.yaml")] {
            let output = folder.appendingPathComponent("\(id).yaml").path
            let exported = try CLI.run("export", "--db", database, "--as", id, "-o", output)
            #expect(exported.status == 0, "\(exported.stderr)")
            #expect(withoutTieIDs(read(output)) == withoutTieIDs(read(file)), "\(id)")
        }
        let empty = try CLI.run("export", "--db", database, "-o", folder.appendingPathComponent("d.yaml").path)
        #expect(empty.status == 1 && empty.stderr.contains("holds no landscape yet"), "the default landscape was never imported")
        let bad = try CLI.run("import", "graphs/weimar.yaml", "--db", database, "--as", "zwei wörter")
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("Error: »zwei wörter« cannot name a landscape: use 1 to 64 letters"), "\(bad.stderr)")
    }

    @Test("export writes every format convert writes; GraphML says it cannot carry the tie ids")
    func formats() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("w.db").path
        #expect(try CLI.run("import", "graphs/weimar.yaml", "--db", database).status == 0)
        for format in ["yaml", "json", "graphml", "gexf", "xlsx", "dot", "csv"] {
            let output = folder.appendingPathComponent(format == "csv" ? "pair" : "w.\(format)").path
            let run = try CLI.run(format == "csv" ? ["export", "--db", database, "-o", output, "--to", "csv"] : ["export", "--db", database, "-o", output])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(run.stdout.hasPrefix("wrote \(output) (\(format), "), "\(format)")
            #expect(FileManager.default.fileExists(atPath: output), "\(format)")
        }
        let graphml = try CLI.run("export", "--db", database, "-o", folder.appendingPathComponent("x.graphml").path)
        #expect(graphml.stderr.contains("GraphML cannot carry the ties' ids"))
    }

    @Test("A file that is no database is refused by name and left as it was; a missing one is a usage error")
    func refusedFiles() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("notes.db").path
        let text = Data("title: not a database\nactors: []\n".utf8)
        try text.write(to: URL(fileURLWithPath: bad))
        let output = folder.appendingPathComponent("out.yaml").path
        let export = try CLI.run("export", "--db", bad, "-o", output)
        let message = "error: \(bad) is no database of landscape (not an SQLite file, or a damaged one); give another --db.\n"
        #expect(export.status == 1 && export.stderr == message && export.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
        let imported = try CLI.run("import", "graphs/weimar.yaml", "--db", bad)
        #expect(imported.status == 1 && imported.stderr == message)
        #expect(try Data(contentsOf: URL(fileURLWithPath: bad)) == text)

        let missing = folder.appendingPathComponent("none.db").path
        let none = try CLI.run("export", "--db", missing, "-o", output)
        #expect(none.status == 64)
        #expect(none.stderr.contains("\(missing) does not exist; import a landscape into it first"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        let over = try CLI.run("export", "--db", bad, "-o", bad)
        #expect(over.status == 64)
    }
}
