import Foundation
import Testing

@Suite("landscape central, stats and communities, as users run them")
struct AnalysisCommandTests {
    @Test("central: an aligned table sorted by betweenness, --top limits it")
    func centralTable() throws {
        let run = try CLI.run("central", "graphs/weimar.yaml", "--top", "3", "--lang", "en")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 5)  // header, rule, three actors
        #expect(lines[0].hasPrefix("#  actor"))
        #expect(lines[0].contains("betweenness") && lines[0].contains("gatekeeper"))
        #expect(lines[2].contains("»Weimarer Bündnis für Sprache und Integration«"))
    }

    @Test("central --format json: the documented shape, one object per actor")
    func centralJSON() throws {
        let run = try CLI.run("central", "graphs/jena.yaml", "--format", "json")
        #expect(run.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let actors = try #require(root["actors"] as? [[String: Any]])
        #expect(actors.count == 15)
        let keys = ["id", "name", "kind", "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
                    "pagerank", "constraint", "effective_size", "clustering", "core", "brokerage"]
        for actor in actors { #expect(Set(actor.keys) == Set(keys)) }
        let roles = try #require(actors.first?["brokerage"] as? [String: Int])
        #expect(Set(roles.keys) == ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"])
    }

    @Test("central --measures computes only those; the others are null")
    func centralMeasures() throws {
        let run = try CLI.run("central", "graphs/jena.yaml", "--measures", "pagerank", "--format", "json", "--top", "1")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let actor = try #require((root["actors"] as? [[String: Any]])?.first)
        #expect(actor["pagerank"] is Double)
        #expect(actor["betweenness"] is NSNull)
    }

    @Test("central --format csv: a header row and one row per actor, as the landscape's Excel reads it (German: ';' and decimal commas), with a byte-order mark and CRLF")
    func centralCSV() throws {
        let run = try CLI.run("central", "graphs/soemmerda.yaml", "--format", "csv", "--measures", "degree,betweenness")
        #expect(run.stdout.hasPrefix("\u{FEFF}Nr.;Akteur;Art;Partner (Grad);Zwischenzentralität\r\n"))
        let lines = run.stdout.dropFirst().components(separatedBy: "\r\n").dropLast()
        #expect(lines.count == 20)  // 19 actors: the Bericht is a resource
        let first = lines.dropFirst().first?.split(separator: ";") ?? []
        #expect(first.count == 5 && first[4].contains(",") && !first[4].contains("."), "\(first)")
        // Where a command takes --lang, the CSV follows it.
        let english = try CLI.run("gaps", "graphs/soemmerda.yaml", "--format", "csv", "--lang", "en")
        #expect(english.stdout.hasPrefix("\u{FEFF}#,severity,type,explanation,suggestion\r\n"))
    }

    @Test("stats --format json: the documented keys")
    func statsJSON() throws {
        let run = try CLI.run("stats", "graphs/eisenach.yaml", "--format", "json", "--groups", "kind")
        #expect(run.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in ["actors", "ties", "density", "components", "largest_component_share", "average_degree",
                    "average_clustering", "transitivity", "diameter", "average_distance", "degree_centralization",
                    "modularity", "ei_index", "mixing"] {
            #expect(root.keys.contains(key), "missing \(key)")
        }
        #expect(root["actors"] as? Int == 24)  // the Bildungsbericht is a resource
        let mixing = try #require(root["mixing"] as? [String: [String: Int]])
        #expect(mixing["office"]?["committee"] == mixing["committee"]?["office"])
    }

    @Test("Resources and events are left out unless --include takes them in")
    func include() throws {
        let plain = try CLI.run("central", "graphs/nordhausen.yaml", "--format", "csv", "--measures", "degree")
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("Willkommensordner"))
        let resources = try CLI.run("central", "graphs/nordhausen.yaml", "--format", "csv", "--measures", "degree", "--include", "resources")
        #expect(resources.stdout.contains("»Willkommensordner« (Landkreis Nordhausen);Instrument;"))
        let stats = try CLI.run("stats", "graphs/thueringen.yaml", "--format", "json")
        let all = try CLI.run("stats", "graphs/thueringen.yaml", "--format", "json", "--include", "events,resources")
        let plainRoot = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let allRoot = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        #expect(plainRoot["actors"] as? Int == 52)
        #expect(allRoot["actors"] as? Int == 59)
    }

    @Test("communities: deterministic for a seed, every actor once")
    func communities() throws {
        let a = try CLI.run("communities", "graphs/nordhausen.yaml", "--seed", "7", "--format", "json")
        let b = try CLI.run("communities", "graphs/nordhausen.yaml", "--seed", "7", "--format", "json")
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
        let groups = try #require(root["communities"] as? [[String: Any]])
        let members = groups.flatMap { $0["actors"] as? [String] ?? [] }
        #expect(members.count == 26 && Set(members).count == 26)  // 31 elements, 5 of them resources
        #expect((root["modularity"] as? Double ?? 0) > 0.3)
    }

    @Test("--at looks at the landscape on a date: no Bündnis in Weimar in 2017")
    func atDate() throws {
        let before = try CLI.run("central", "graphs/weimar.yaml", "--at", "2017", "--format", "csv", "--measures", "degree")
        #expect(!before.stdout.contains("Bündnis für Sprache"))
        let after = try CLI.run("central", "graphs/weimar.yaml", "--at", "2019", "--format", "csv", "--measures", "degree")
        #expect(after.stdout.contains("Bündnis für Sprache"))
    }

    @Test("Option mistakes are usage errors (exit 64) with guidance", arguments: [
        (["central", "graphs/weimar.yaml", "--sort", "fame"], "Error: The value 'fame' is invalid for '--sort <measure>': '--sort fame' is not a measure; use one of: degree,"),
        (["central", "graphs/weimar.yaml", "--measures", "degree,fame"], "Error: The value 'degree,fame' is invalid for '--measures <list>': 'fame' in '--measures' is not a measure"),
        (["central", "graphs/weimar.yaml", "--fold", "offices"], "Error: The value 'offices' is invalid for '--fold <what>'\nHelp:  --fold <what>  Analyse the actor–actor projection of committee membership: 'committees'."),
        (["central", "graphs/weimar.yaml", "--fold", "committees", "--directed"], "Error: '--fold committees' gives an undirected network"),
        (["stats", "graphs/weimar.yaml", "--groups", "colour"], "Error: The value 'colour' is invalid for '--groups <attribute>'\nHelp:  --groups <attribute>  Group actors by kind, municipality or sector"),
        (["stats", "graphs/weimar.yaml", "--format", "xml"], "Error: The value 'xml' is invalid for '--format <format>'\nHelp:  --format <format>  Output: table, csv or json."),
        (["communities", "graphs/weimar.yaml", "--resolution", "0"], "Error: '--resolution' must be a number greater than 0."),
        (["central", "graphs/weimar.yaml", "--include", "resources,people"], "Error: The value 'resources,people' is invalid for '--include <elements>': '--include people' is not known; use resources or events."),
    ])
    func usage(arguments: [String], message: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
    }

    @Test("A landscape with errors: diagnostics and exit 1, no table")
    func brokenInput() throws {
        let run = try CLI.run("central", "Tests/LandscapeIOTests/Fixtures/yaml/errors.yaml")
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("yaml/errors.yaml:9:11: error: unknown actor kind 'Bündniss'"))
    }
}
