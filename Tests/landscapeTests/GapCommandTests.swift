import Foundation
import Testing

@Suite("landscape gaps, whatif and suggest, as users run them")
struct GapCommandTests {
    @Test("gaps --format json: the documented shape, most severe first")
    func gapsJSON() throws {
        let run = try CLI.run("gaps", "graphs/variants/nordhausen-sprachkurse-2017.yaml", "--format", "json")
        #expect(run.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let gaps = try #require(root["gaps"] as? [[String: Any]])
        #expect(!gaps.isEmpty)
        for gap in gaps { #expect(Set(gap.keys) == ["type", "severity", "actors", "groups", "explanation", "suggestion"]) }
        let order = ["high", "medium", "low"]
        let ranks = gaps.compactMap { $0["severity"] as? String }.compactMap { order.firstIndex(of: $0) }
        #expect(ranks == ranks.sorted())
        #expect(gaps.contains { $0["type"] as? String == "uncoordinated" && ($0["groups"] as? [String]) == ["Integrationskurse"] })
    }

    @Test("gaps --type filters; the text is in the landscape's language unless --lang says otherwise")
    func gapsLanguage() throws {
        let german = try CLI.run("gaps", "graphs/variants/nordhausen-sprachkurse-2017.yaml", "--type", "uncoordinated")
        #expect(german.stdout.contains("Ein koordinierendes Gremium für »Integrationskurse« unter Leitung von"))
        #expect(!german.stdout.contains("cut-point"))
        let english = try CLI.run("gaps", "graphs/variants/nordhausen-sprachkurse-2017.yaml", "--type", "uncoordinated", "--lang", "en")
        #expect(english.stdout.contains("Set up a coordinating committee for »Integrationskurse«"))
        let after = try CLI.run("gaps", "graphs/variants/nordhausen-sprachkurse-2019.yaml", "--type", "uncoordinated")
        #expect(after.stdout == "keine Lücken gefunden\n")
        let afterEnglish = try CLI.run("gaps", "graphs/variants/nordhausen-sprachkurse-2019.yaml", "--type", "uncoordinated", "--lang", "en")
        #expect(afterEnglish.stdout == "no gaps found\n")
    }

    @Test("whatif --program: the programme's positions go, and what that costs")
    func whatIfProgram() throws {
        let run = try CLI.run("whatif", "graphs/eisenach.yaml", "--program", "bildung-integriert", "--format", "json")
        #expect(run.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in ["before", "after", "removed", "cut_off", "lost_ties", "reachable_pairs_lost", "brokers_lost", "committees_below_two"] {
            #expect(root.keys.contains(key), "missing \(key)")
        }
        #expect((root["removed"] as? [String])?.contains("bildung-integriert") == true)
        #expect((root["lost_ties"] as? Int ?? 0) > 0)
    }

    @Test("whatif --at compares now with a later date, labelled in the landscape's language or --lang; --remove takes actors out")
    func whatIfDate() throws {
        let later = try CLI.run("whatif", "graphs/weimar.yaml", "--at", "2022")
        #expect(later.status == 0)
        #expect(later.stdout.contains("vorher") && later.stdout.contains("nachher"))
        let english = try CLI.run("whatif", "graphs/weimar.yaml", "--at", "2022", "--lang", "en")
        #expect(english.stdout.contains("before") && english.stdout.contains("after"))
        let removed = try CLI.run("whatif", "graphs/weimar.yaml", "--remove", "weimar-buendnis", "--format", "json")
        #expect(removed.status == 0, "\(removed.stderr)")
    }

    @Test("whatif mistakes: nothing to change is a usage error; an unknown id an error")
    func whatIfErrors() throws {
        let nothing = try CLI.run("whatif", "graphs/weimar.yaml")
        #expect(nothing.status == 64)
        #expect(nothing.stderr.hasPrefix("Error: Say what changes"))
        let unknown = try CLI.run("whatif", "graphs/weimar.yaml", "--remove", "nobody", "--lang", "en")
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: unknown actor 'nobody' in --remove\n")
        let notProgram = try CLI.run("whatif", "graphs/jena.yaml", "--program", "jena-stadtverwaltung")
        #expect(notProgram.status == 1)
    }

    @Test("suggest --format json: a committee for the uncoordinated providers, pairs with score, reasons and the gaps they close")
    func suggestJSON() throws {
        let run = try CLI.run("suggest", "graphs/variants/nordhausen-sprachkurse-2017.yaml", "--format", "json", "--top", "5")
        #expect(run.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let list = try #require(root["suggestions"] as? [[String: Any]])
        #expect(list.count == 5)
        #expect(list.first?["type"] as? String == "committee")
        #expect((list.first?["members"] as? [String])?.count == 6)
        #expect(list.first?["convener"] as? String == "koordination")
        for item in list {
            let keys = item["type"] as? String == "committee" ? ["members", "convener"] : ["from", "to"]
            for key in keys + ["type", "score", "reasons", "closes"] { #expect(item.keys.contains(key)) }
        }
        let scores = list.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
    }

    @Test("suggest --for and --kind restrict the pairs")
    func suggestFilters() throws {
        let forOne = try CLI.run("suggest", "graphs/weimar.yaml", "--for", "montag-stiftung", "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(forOne.stdout.utf8)) as? [String: Any])
        let list = try #require(root["suggestions"] as? [[String: Any]])
        #expect(list.allSatisfy { ($0["from"] as? String) == "montag-stiftung" || ($0["to"] as? String) == "montag-stiftung" })
        let unknown = try CLI.run("suggest", "graphs/weimar.yaml", "--for", "nobody")
        #expect(unknown.status == 1)
        let kind = try CLI.run("suggest", "graphs/weimar.yaml", "--kind", "Raumschiff")
        #expect(kind.status == 64)
    }

    @Test("suggest --kind foundation says when the landscape has no foundation, and still lists what one could fund")
    func foundations() throws {
        let run = try CLI.run("suggest", "graphs/nordhausen.yaml", "--kind", "foundation", "--format", "json", "--lang", "en")
        #expect(run.status == 0)
        #expect(run.stderr == "note: no actor of kind 'foundation' in the landscape; the list shows what a foundation could start or fund\n")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let list = try #require(root["suggestions"] as? [[String: Any]])
        #expect(!list.isEmpty && list.allSatisfy { $0["type"] as? String == "fund" && $0["funder"] is NSNull })
        let thueringen = try CLI.run("suggest", "graphs/thueringen.yaml", "--kind", "foundation")
        #expect(thueringen.stderr.isEmpty)
        #expect(thueringen.stdout.contains("»Stiftungsnetzwerk Sachsen, Sachsen-Anhalt und Thüringen« könnte die Arbeit an »Verstetigung« anstoßen oder fördern"))
    }

    @Test("gaps, suggest and whatif leave resources and events out; --include takes them in")
    func include() throws {
        let suggestions = try CLI.run("suggest", "graphs/nordhausen.yaml", "--format", "csv", "--top", "20")
        #expect(suggestions.status == 0)
        for document in ["Willkommensordner", "Migrationsportal", "Bildungsjournal", "Integrationskonzept", "Übersicht zu Bildungsangeboten"] {
            #expect(!suggestions.stdout.contains(document), "\(document)")
        }
        let gaps = try CLI.run("gaps", "graphs/thueringen.yaml", "--format", "csv")
        #expect(!gaps.stdout.contains("Fachforum"))
        let included = try CLI.run("gaps", "graphs/thueringen.yaml", "--format", "csv", "--include", "events")
        #expect(included.stdout.contains("Fachforum"))
        let removed = try CLI.run("whatif", "graphs/nordhausen.yaml", "--remove", "nordhausen-willkommensordner", "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(removed.stdout.utf8)) as? [String: Any])
        #expect((root["removed"] as? [String])?.isEmpty == true)
        let withResources = try CLI.run("whatif", "graphs/nordhausen.yaml", "--remove", "nordhausen-willkommensordner", "--format", "json", "--include", "resources")
        let rootWith = try #require(try JSONSerialization.jsonObject(with: Data(withResources.stdout.utf8)) as? [String: Any])
        #expect(rootWith["removed"] as? [String] == ["nordhausen-willkommensordner"])
    }

    @Test("whatif --at 2017 on Weimar: the Bündnis was not yet founded, not removed")
    func whatIfBeforeTheBuendnis() throws {
        let german = try CLI.run("whatif", "graphs/weimar.yaml", "--at", "2017")
        #expect(german.status == 0)
        #expect(german.stdout.contains("\nentfernt: –\nnoch nicht gegründet: »Weimarer Bündnis für Sprache und Integration«\n"))
        #expect(german.stdout.contains("\nverlorene Beziehungen: 0\nnoch nicht begonnene Beziehungen: 15\n"))  // the Bündnis's 15 ties
        #expect(german.stdout.contains("\nverlorene Vermittler: –\n"))
        let english = try CLI.run("whatif", "graphs/weimar.yaml", "--at", "2017", "--lang", "en")
        #expect(english.stdout.contains("\nremoved: –\nnot yet founded: »Weimarer Bündnis für Sprache und Integration«\n"))
        let json = try CLI.run("whatif", "graphs/weimar.yaml", "--at", "2017", "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["not_yet_founded"] as? [String] == ["weimar-buendnis"] && root["removed"] as? [String] == [])
    }

    @Test("whatif --title names merged files with different titles, without the warning")
    func whatIfTitle() throws {
        let merged = try CLI.run("whatif", "graphs/jena.yaml", "graphs/weimar.yaml", "--at", "2022")
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr.contains("the files have different titles"), "\(merged.stderr)")
        let titled = try CLI.run("whatif", "graphs/jena.yaml", "graphs/weimar.yaml", "--at", "2022", "--title", "Jena und Weimar")
        #expect(titled.status == 0 && !titled.stderr.contains("different titles"), "\(titled.stderr)")
        #expect(titled.stdout == merged.stdout)
    }
}
