import LandscapeCore
import LandscapeWording
import Testing

@Suite("Diagnostic wording")
struct DiagnosticWordingTests {
    static let place = SourceLocation(file: "a.yaml", line: 2, column: 5)

    /// One problem of every case (with and without a suggestion where there is one).
    static let samples: [ValidationProblem] = [
        .actorWithoutName,
        .actorWithoutKind(name: "Schulamt"),
        .tieWithoutEnd(.from),
        .notSingle(field: "municipality"),
        .unknownTerm(.actorKind, text: "Bündniss", suggestion: "Bündnis"),
        .unknownTerm(.sector, text: "Kunst", suggestion: nil),
        .unknownTerm(.language, text: "fr", suggestion: nil),
        .unknownTerm(.tieKind, text: "funds", suggestion: "funding"),
        .invalidDate(field: "since", text: "2019-02-30"),
        .reversedPeriod(since: PartialDate(year: 2021)!, until: PartialDate(year: 2019, month: 5)!),
        .duplicateID("vhs", first: place),
        .duplicateTieID("t1", first: place),
        .conflictingField(field: "municipality", actor: "vhs", here: "Weimar", there: "Jena", thereAt: place),
        .unknownActor(reference: "Jugendamtt", suggestion: "Jugendamt"),
        .unknownActor(reference: "x", suggestion: nil),
        .ambiguousActor(reference: "VHS", candidates: ["vhs", "vhs-2"]),
        .invalidWeight(text: "viel"),
        .invalidFlag(field: "formal", text: "vielleicht"),
        .selfTie("vhs"),
        .notAProgram(reference: "schulamt", kind: .agency),
        .unknownProgram(reference: "bildung-integriert", suggestion: "bildung_integriert"),
        .unknownProgram(reference: "x", suggestion: nil),
        .smallCommittee(name: "Lenkungsgruppe", members: 0),
        .smallCommittee(name: "Lenkungsgruppe", members: 1),
        .memberOfNonCommittee(name: "Schulamt", kind: .agency),
        .caseOnlyDifference("VHS", other: "vhs", otherAt: place),
        .repeatedTie(first: place),
        .languageDisagrees(.en, first: .de, firstAt: place),
        .titlesDiffer(titles: ["Bildungslandschaft Stadt Jena", "Bildungslandschaft Stadt Weimar"], combined: "Bildungslandschaft Stadt: Jena, Weimar"),
        .controlCharacters(field: "name"),
        .tooLong(field: "note", length: 25_000, limit: 20_000, kind: .note),
        .tooLong(field: "name", length: 600, limit: 500, kind: .label),
        .tooMany(.actor, limit: 1_000_000),
        .tooMany(.tie, limit: 10_000_000),
        .missingActors(count: 1, first: "vhs"),
        .missingActors(count: 1234, first: "vhs"),
    ]

    /// The case's name; the switch has no default, so a new case stops the build here until it
    /// has a name, and `everyCase` then asks for a sample of it.
    static func name(of problem: ValidationProblem) -> String {
        switch problem {
        case .actorWithoutName: "actorWithoutName"
        case .actorWithoutKind: "actorWithoutKind"
        case .tieWithoutEnd: "tieWithoutEnd"
        case .notSingle: "notSingle"
        case .unknownTerm: "unknownTerm"
        case .invalidDate: "invalidDate"
        case .reversedPeriod: "reversedPeriod"
        case .duplicateID: "duplicateID"
        case .duplicateTieID: "duplicateTieID"
        case .conflictingField: "conflictingField"
        case .unknownActor: "unknownActor"
        case .ambiguousActor: "ambiguousActor"
        case .invalidWeight: "invalidWeight"
        case .invalidFlag: "invalidFlag"
        case .selfTie: "selfTie"
        case .notAProgram: "notAProgram"
        case .unknownProgram: "unknownProgram"
        case .smallCommittee: "smallCommittee"
        case .memberOfNonCommittee: "memberOfNonCommittee"
        case .caseOnlyDifference: "caseOnlyDifference"
        case .repeatedTie: "repeatedTie"
        case .languageDisagrees: "languageDisagrees"
        case .titlesDiffer: "titlesDiffer"
        case .controlCharacters: "controlCharacters"
        case .tooLong: "tooLong"
        case .tooMany: "tooMany"
        case .missingActors: "missingActors"
        }
    }

    @Test("The samples hold every case of ValidationProblem")
    func everyCase() {
        #expect(Set(Self.samples.map(Self.name)).count == 27)
    }

    @Test("Every problem is worded in both languages, without a placeholder left", arguments: Self.samples)
    func worded(_ problem: ValidationProblem) {
        for language in Language.allCases {
            let text = language.diagnosticWording.message(for: problem)
            #expect(!text.isEmpty)
            for leftover in ["\\(", "Optional(", "{", "}", "%@", "nil", "TODO"] {
                #expect(!text.contains(leftover), "\(language): \(text)")
            }
        }
        #expect(Language.en.diagnosticWording.message(for: problem) != Language.de.diagnosticWording.message(for: problem))
    }

    /// The German words of these messages that have an umlaut or ß, written the ASCII way.
    static let asciiSubstitutes = [
        "ungueltig", "groesser", "Groess", "widerspruech", "fuer", "Foerder", "fuegen", "zaehlt",
        "zulaessig", "hoechstens", "enthaelt", "Laenge", "Schluessel", "moeglich", "koennen",
    ]

    @Test("German is written with umlauts and ß, never their ASCII substitutes", arguments: Self.samples)
    func umlauts(_ problem: ValidationProblem) {
        let text = Language.de.diagnosticWording.message(for: problem)
        for substitute in Self.asciiSubstitutes {
            #expect(!text.lowercased().contains(substitute.lowercased()), "\(text)")
        }
    }

    @Test("German lines in full")
    func germanLines() {
        let german = Language.de.diagnosticWording
        #expect(german.line(.error(.unknownActor(reference: "Jugendamtt", suggestion: "Jugendamt"), at: Self.place))
            == "a.yaml:2:5: Fehler: unbekannter Akteur »Jugendamtt«; meinten Sie »Jugendamt«?")
        #expect(german.line(.warning(.smallCommittee(name: "Lenkungsgruppe", members: 1), at: SourceLocation(file: "b.csv", line: 7)))
            == "b.csv:7: Warnung: Gremium »Lenkungsgruppe« hat nur ein Mitglied (ein Gremium braucht mindestens zwei)")
        #expect(german.line(.error(.invalidWeight(text: "viel"), at: SourceLocation(file: "c.json")))
            == "c.json: Fehler: »weight« muss eine Zahl größer als 0 sein, nicht »viel«")
        #expect(german.line(.error(.tooMany(.tie, limit: 10_000_000), at: Self.place))
            == "a.yaml:2:5: Fehler: mehr als 10.000.000 Beziehungen in der Eingabe, so viele sind höchstens erlaubt (anzuheben mit --max-ties); der Rest wird nicht gelesen")
        #expect(german.line(.warning(.repeatedTie(first: Self.place), at: SourceLocation(file: "a.yaml", line: 9, column: 3)))
            == "a.yaml:9:3: Warnung: diese Beziehung wiederholt die in a.yaml:2:5; sie zählt nur einmal")
        #expect(german.line(.error(.unknownTerm(.sector, text: "Kunst", suggestion: nil), at: Self.place))
            == "a.yaml:2:5: Fehler: unbekannter Bildungsbereich »Kunst« (zulässig sind: \(VocabularyKind.sector.terms.joined(separator: ", ")))")
    }

    @Test("English lines: the compiler form; a reader's problem")
    func englishLines() {
        let english = Language.en.diagnosticWording
        #expect(english.line(.error(.unknownActor(reference: "Jugendamtt", suggestion: "Jugendamt"), at: Self.place))
            == "a.yaml:2:5: error: unknown actor 'Jugendamtt'; did you mean 'Jugendamt'?")
        #expect(english.line(.warning(.table(.noTiesFile), at: SourceLocation(file: "csv")))
            == "csv: warning: no ties.csv beside actors.csv: the landscape has actors only")
        #expect(english.line(.error(.unknownTerm(.language, text: "fr", suggestion: nil), at: Self.place))
            == "a.yaml:2:5: error: unknown language 'fr' (expected one of: de, en)")
        #expect(Language.de.diagnosticWording.line(.error(.structure(.yamlSyntax(detail: "could not find expected ':'")), at: Self.place))
            == "a.yaml:2:5: Fehler: YAML-Syntaxfehler: could not find expected ':'")
    }

    @Test("Numbers: in English as compilers write them, in German with a thousands dot")
    func numbers() {
        #expect(Language.en.diagnosticWording.message(for: .tooMany(.actor, limit: 1_000_000))
            == "more than 1000000 actors in the input, the limit (raise it with --max-actors); the rest is not read")
        #expect(Language.en.diagnosticWording.message(for: .missingActors(count: 1234, first: "vhs")).hasPrefix("1234 tie ends name actors not in the landscape (the first: 'vhs')"))
        #expect(Language.de.diagnosticWording.message(for: .missingActors(count: 1234, first: "vhs")).hasPrefix("1.234 Beziehungsenden nennen Akteure"))
        #expect(Language.de.diagnosticWording.message(for: .missingActors(count: 1, first: "vhs")).hasPrefix("Ein Beziehungsende nennt einen Akteur"))
        #expect(Language.de.diagnosticWording.message(for: .tooLong(field: "note", length: 25_000, limit: 20_000, kind: .note))
            == "»note« ist 25.000 Zeichen lang; die Grenze liegt bei 20.000 (anzuheben mit --max-note-length); nur die ersten 20.000 bleiben erhalten")
    }

    @Test("Quotes: English '…' around every text; German »…«, „…“ around a text with guillemets, none around one wholly in them")
    func quotes() {
        let name = "»Präventionskette« Weimar"
        #expect(Language.en.diagnosticWording.message(for: .actorWithoutKind(name: name)) == "actor '»Präventionskette« Weimar' has no 'kind' (required)")
        #expect(Language.de.diagnosticWording.message(for: .actorWithoutKind(name: name)) == "Akteur „»Präventionskette« Weimar“ ohne »kind« (Pflichtfeld)")
        #expect(Language.de.diagnosticWording.message(for: .actorWithoutKind(name: "»Netz«")) == "Akteur »Netz« ohne »kind« (Pflichtfeld)")
        #expect(Language.en.diagnosticWording.message(for: .ambiguousActor(reference: "VHS", candidates: ["vhs", "vhs-2"]))
            == "ambiguous actor reference 'VHS': it matches 2 actors ('vhs', 'vhs-2'); use the id")
    }
}
