import Testing
@testable import LandscapeCore

@Suite("Validation and merging of drafts")
struct LandscapeBuilderTests {
    @Test("A valid draft becomes a landscape with defaults filled in")
    func valid() throws {
        var file = DraftFile("a.yaml")
        file.actor([.name: "Jugendamt", .kind: "Amt", .topics: "Jugendhilfeplanung|Bildung|Bildung", .sectors: "Schule|school"])
        file.actor([.id: "lg", .name: "Lenkungsgruppe", .kind: "Lenkungsgruppe"])
        file.actor([.id: "vhs", .name: "VHS", .kind: "Volkshochschule"])
        file.tie([.from: "Jugendamt", .to: "lg", .kind: "Mitglied"])
        file.tie([.from: "vhs", .to: "lg", .kind: "member"])
        file.tie([.from: "vhs", .to: "Jugendamt", .weight: "1,5", .formal: "ja"])
        let result = build(file)
        #expect(result.messages == [])
        let landscape = result.landscape
        let jugendamt = try #require(landscape[ActorID("Jugendamt")])  // id defaults to the name
        #expect(jugendamt.kind == .office)
        #expect(jugendamt.topics == ["Jugendhilfeplanung", "Bildung"])
        #expect(jugendamt.sectors == [.school])
        #expect(landscape.ties.count == 3)
        #expect(landscape.ties[2] == Tie(from: "vhs", to: "Jugendamt", kind: .cooperation, weight: 1.5, formal: true))
        #expect(landscape.language == .en)
    }

    @Test("Missing fields, unknown vocabulary, bad dates, weights and flags are errors with their place")
    func fieldErrors() {
        var file = DraftFile("a.yaml")
        file.actor([.kind: "Amt"])                                              // line 2
        file.actor([.name: "X", .kind: "Stifung"])                              // line 3
        file.actor([.name: "Y"])                                                // line 4
        file.actor([.name: "Z", .kind: "Amt", .since: "2019-02-30", .sectors: "Kindergarten"])  // 5
        file.actor([.name: "W", .kind: "Amt", .since: "2020", .until: "2019"])  // 6
        file.tie([.from: "Z", .to: "W", .weight: "0"])                          // 7
        file.tie([.from: "Z", .to: "W", .weight: "inf"])                        // 8
        file.tie([.from: "Z", .to: "W", .weight: "nan"])                        // 9
        file.tie([.from: "Z", .to: "W", .formal: "vielleicht"])                 // 10
        file.tie([.from: "Z", .kind: "Förderunk"])                              // 11
        file.tie([.from: "Z", .to: "Z"])                                        // 12
        let result = build(file)
        #expect(result.hasErrors)
        #expect(result.messages.sorted() == [
            "a.yaml:10:5: error: 'formal' must be true or false (or yes/no, ja/nein, 1/0), not 'vielleicht'",
            "a.yaml:11:3: error: tie has no 'to' (required)",
            "a.yaml:11:5: error: unknown tie kind 'Förderunk'; did you mean 'Förderung'?",
            "a.yaml:12:3: error: tie from 'Z' to itself",
            "a.yaml:2:3: error: actor has no 'name' (required)",
            "a.yaml:3:5: error: unknown actor kind 'Stifung'; did you mean 'Stiftung'?",
            "a.yaml:4:3: error: actor 'Y' has no 'kind' (required)",
            "a.yaml:5:5: error: invalid date '2019-02-30' in 'since' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)",
            "a.yaml:5:5: error: unknown sector 'Kindergarten' (expected one of: early-childhood, school, vocational, higher, adult, non-formal, informal)",
            "a.yaml:6:5: error: 'until' 2019 lies before 'since' 2020",
            "a.yaml:7:5: error: weight must be a number greater than 0, not '0'",
            "a.yaml:8:5: error: weight must be a number greater than 0, not 'inf'",
            "a.yaml:9:5: error: weight must be a number greater than 0, not 'nan'",
        ])
        #expect(result.landscape.ties.isEmpty)
    }

    @Test("Tie ends resolve by id or exact name; unknown and ambiguous references are errors")
    func references() {
        var file = DraftFile("a.yaml")
        file.actor([.id: "eisenach-jugendamt", .name: "Jugendamt", .kind: "Amt"])   // 2
        file.actor([.id: "jena-jugendamt", .name: "Jugendamt", .kind: "Amt"])       // 3
        file.actor([.id: "Sozialamt", .name: "Amt für Soziales", .kind: "Amt"])     // 4
        file.actor([.id: "amt2", .name: "Sozialamt", .kind: "Amt"])                 // 5
        file.tie([.from: "eisenach-jugendamt", .to: "jena-jugendamt"])              // 6 ok
        file.tie([.from: "Jugendamt", .to: "amt2"])                                 // 7 ambiguous name
        file.tie([.from: "Sozialamt", .to: "amt2"])                                 // 8 id of one, name of other
        file.tie([.from: "Amt für Soziales", .to: "Jugendamtt"])                    // 9 unknown, suggestion
        file.tie([.from: "Amt für Soziales", .to: "Raumstation"])                   // 10 unknown
        let result = build(file)
        #expect(result.messages == [
            "a.yaml:7:5: error: ambiguous actor reference 'Jugendamt': it matches 2 actors ('eisenach-jugendamt', 'jena-jugendamt'); use the id",
            "a.yaml:8:5: error: ambiguous actor reference 'Sozialamt': it matches 2 actors ('Sozialamt', 'amt2'); use the id",
            "a.yaml:9:5: error: unknown actor 'Jugendamtt'; did you mean 'Jugendamt'?",
            "a.yaml:10:5: error: unknown actor 'Raumstation' (not the id or exact name of any actor)",
        ])
        #expect(result.landscape.ties.count == 1)
    }

    @Test("The same id twice in one file is an error naming both places")
    func duplicateInOneFile() {
        var file = DraftFile("a.yaml")
        file.actor([.id: "vhs", .name: "VHS", .kind: "Volkshochschule"])
        file.actor([.id: "vhs", .name: "VHS 2", .kind: "Volkshochschule"])
        #expect(build(file).messages == ["a.yaml:3:5: error: duplicate actor id 'vhs' (first defined at a.yaml:2:5)"])
    }

    @Test("The same id in two files merges: lists united, conflicting scalars an error naming both places")
    func mergeAcrossFiles() throws {
        var a = DraftFile("a.yaml")
        a.actor([.id: "tmbjs", .name: "TMBJS", .kind: "Ministerium", .topics: "Schule", .municipality: "Erfurt"])
        var b = DraftFile("b.yaml")
        b.actor([.id: "tmbjs", .name: "TMBJS", .kind: "agency", .topics: "Schule|Jugend", .note: "Landesebene"])
        var c = DraftFile("c.yaml")
        c.actor([.id: "tmbjs", .name: "Bildungsministerium", .kind: "Stiftung", .municipality: "Weimar"])
        let merged = build(a, b)
        #expect(merged.messages == [])
        let actor = try #require(merged.landscape[ActorID("tmbjs")])
        #expect(actor.topics == ["Schule", "Jugend"])
        #expect(actor.note == "Landesebene")
        #expect(actor.municipality == "Erfurt")
        #expect(merged.landscape.actors.count == 1)

        let conflicting = build(a, c)
        #expect(conflicting.messages == [
            "c.yaml:2:5: error: conflicting 'name' for actor 'tmbjs': 'Bildungsministerium' here, but 'TMBJS' at a.yaml:2:5",
            "c.yaml:2:5: error: conflicting 'kind' for actor 'tmbjs': 'foundation' here, but 'agency' at a.yaml:2:5",
            "c.yaml:2:5: error: conflicting 'municipality' for actor 'tmbjs': 'Weimar' here, but 'Erfurt' at a.yaml:2:5",
        ])
    }

    @Test("A tie given identically in two files is kept once; repeated in one file it is a warning")
    func repeatedTies() {
        var a = DraftFile("a.yaml")
        a.actor([.id: "x", .name: "X", .kind: "Amt"])
        a.actor([.id: "y", .name: "Y", .kind: "Amt"])
        a.tie([.from: "x", .to: "y"])
        var b = DraftFile("b.yaml")
        b.tie([.from: "y", .to: "x"])  // symmetric kind: the same tie
        b.tie([.from: "y", .to: "x", .weight: "2"])  // a different tie
        b.tie([.from: "y", .to: "x", .weight: "2"])  // repeated in b
        let result = build(a, b)
        #expect(result.messages == ["b.yaml:4:3: warning: this tie repeats the one at b.yaml:3:3; it is counted once"])
        #expect(result.landscape.ties.count == 2)
    }

    @Test("programs must name program actors")
    func programs() {
        var file = DraftFile("a.yaml")
        file.actor([.id: "bi", .name: "Bildung integriert", .kind: "Förderprogramm"])
        file.actor([.id: "st", .name: "Stiftung", .kind: "Stiftung"])
        file.actor([.id: "bm", .name: "Bildungsmanagement", .kind: "Stabsstelle", .programs: "bi|st|bii|xyzzy"])
        #expect(build(file).messages == [
            "a.yaml:4:5: error: 'st' in 'programs' is of kind 'foundation', not a program actor",
            "a.yaml:4:5: error: unknown program 'bii' in 'programs'; did you mean 'bi'?",
            "a.yaml:4:5: error: unknown program 'xyzzy' in 'programs' (not the id of any actor)",
        ])
    }

    @Test("Warnings: small committees, member ties to non-committees, ids differing only in case")
    func warnings() {
        var file = DraftFile("a.yaml")
        file.actor([.id: "lg", .name: "Lenkungsgruppe", .kind: "Lenkungsgruppe"])    // 2
        file.actor([.id: "ak", .name: "Arbeitskreis", .kind: "Arbeitskreis"])        // 3
        file.actor([.id: "amt", .name: "Amt", .kind: "Amt"])                         // 4
        file.actor([.id: "AMT", .name: "AMT Zwei", .kind: "Amt"])                    // 5
        file.tie([.from: "amt", .to: "lg", .kind: "member"])                        // 6
        file.tie([.from: "lg", .to: "AMT", .kind: "member"])                        // 7
        let result = build(file)
        #expect(!result.hasErrors)
        #expect(result.messages == [
            "a.yaml:7:3: warning: 'member' tie points to 'AMT Zwei', which is of kind 'office', not a committee",
            "a.yaml:2:3: warning: committee 'Lenkungsgruppe' has only one member (a committee needs at least two)",
            "a.yaml:3:3: warning: committee 'Arbeitskreis' has no members (add 'member' ties to it)",
            "a.yaml:5:5: warning: actor id 'AMT' differs only in letter case from 'amt' at a.yaml:4:5; are they the same actor?",
        ])
    }

    @Test("An actor whose kind is unknown causes no follow-on warnings")
    func noFollowOnNoise() {
        var file = DraftFile("a.yaml")
        file.actor([.id: "b", .name: "Bündnis", .kind: "Bündniss"])
        file.actor([.id: "v", .name: "VHS", .kind: "Volkshochschule"])
        file.tie([.from: "v", .to: "b", .kind: "member"])
        #expect(build(file).messages == ["a.yaml:2:5: error: unknown actor kind 'Bündniss'; did you mean 'Bündnis'?"])
    }

    @Test("Metadata: the first language wins, different titles are combined, as_of is the latest, needs are united")
    func metadata() {
        var a = DraftFile("a.yaml")
        a.draft.title = Located("Eisenach", at: a.at(1))
        a.draft.language = Located("de", at: a.at(2))
        a.draft.asOf = Located("2019-08", at: a.at(3))
        a.draft.needs = [Located("Sprachförderung", at: a.at(4)), Located("Schulbau", at: a.at(5))]
        var b = DraftFile("b.yaml")
        b.draft.title = Located("Weimar", at: b.at(1))
        b.draft.language = Located("en", at: b.at(2))
        b.draft.asOf = Located("2020", at: b.at(3))
        b.draft.needs = [Located("Schulbau", at: b.at(4)), Located("Digitalisierung", at: b.at(5))]
        let result = build(a, b)
        #expect(result.messages == ["b.yaml:2:5: warning: language 'en' differs from 'de' set at a.yaml:2:5; using 'de'",
                                    "b.yaml:1:5: warning: the files have different titles ('Eisenach', 'Weimar'); the merged landscape is called 'Eisenach, Weimar' (name it with --title)"])
        #expect(result.landscape.title == "Eisenach, Weimar")
        #expect(result.landscape.language == .de)
        #expect(result.landscape.asOf?.description == "2020")
        #expect(result.landscape.needs == ["Sprachförderung", "Schulbau", "Digitalisierung"])

        var c = DraftFile("c.yaml")
        c.draft.language = Located("fr", at: c.at(1))
        c.draft.asOf = Located("Sommer 2019", at: c.at(2))
        #expect(build(c).messages == [
            "c.yaml:1:5: error: unknown language 'fr' (expected one of: de, en)",
            "c.yaml:2:5: error: invalid date 'Sommer 2019' in 'as_of' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)",
        ])
    }

    @Test("Reading the records on several cores gives the landscape and the diagnostics of one pass")
    func parallelReading() {
        // Records in many chunks read by three workers, with problems spread over all of them:
        // some depend on the order (the first 20 unknown tie ends get a "did you mean", a
        // repeated tie or id refers to its first place).
        var file = DraftFile("big.yaml")
        for index in 0..<9_000 {
            let kind = index % 997 == 5 ? "Amtt" : (index % 500 == 0 ? "Lenkungsgruppe" : "Verein")
            let id = index % 1_499 == 7 ? "p\(index - 3)" : "p\(index)"
            file.actor([.id: id, .name: index == 8_999 ? "p17" : "Partner \(index)", .kind: kind])
        }
        var unknownEnds = 0
        for index in 0..<13_000 {
            var from = "p\(index % 9_000)", to = "p\((index * 7 + 1) % 9_000)"
            if index % 211 == 3 { to = "Partnr \(index % 9_000)" }
            if index % 1_000 == 999 { to = from }
            if index % 101 == 50 { (from, to) = ("p\((index - 50) % 9_000)", "p\(((index - 50) * 7 + 1) % 9_000)") }
            if index % 4_001 == 4_000 { (from, to) = ("p\((index - 4_000) % 9_000)", "p\(((index - 4_000) * 7 + 1) % 9_000)") }
            if to.hasPrefix("Partnr") { unknownEnds += 1 }
            let kind = index % 3 == 0 ? "member" : "Kooperation"
            file.tie([.from: from, .to: to, .kind: kind, .weight: index % 2_503 == 9 ? "-1" : "1"])
        }
        // A small "did you mean" budget keeps the debug build quick; it is spent in the middle.
        var sequential = LandscapeBuilder()
        sequential.workers = 1
        sequential.suggestionLimit = 20
        var parallel = sequential
        parallel.workers = 3
        parallel.chunkLength = 1_000  // 9 chunks of actors, 13 of ties: merged while others are read
        let one = sequential.build([file.draft])
        let three = parallel.build([file.draft])
        // Compared line by line, so that a difference shows as one line, not two long lists.
        #expect(three.messages.count == one.messages.count)
        for (parallelLine, sequentialLine) in zip(three.messages, one.messages) where parallelLine != sequentialLine {
            #expect(parallelLine == sequentialLine)
            break
        }
        #expect(three.landscape == one.landscape)
        // The problems are really there, in every worker's range; 20 unknown ends get a suggestion.
        #expect(unknownEnds > 55)
        #expect(one.messages.filter { $0.contains("unknown actor 'Partnr") }.count == unknownEnds)
        #expect(one.messages.filter { $0.contains("unknown actor '") && $0.contains("did you mean") }.count == 20)
        #expect(one.messages.contains { $0.contains("ambiguous actor reference 'p17'") })
        #expect(one.messages.filter { $0.contains("repeats the one at") }.count > 100)
        #expect(one.messages.filter { $0.contains("duplicate actor id") }.count == 6)
        #expect(one.landscape.actors.count > 8_000 && one.landscape.ties.count > 8_000)
    }
}
