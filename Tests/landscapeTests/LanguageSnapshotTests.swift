import Foundation
import LandscapeCore
import LandscapeWording
import Testing

/// Every analysing command on Weimar in German and in English, compared with its golden file
/// in `Snapshots/` (`COMMAND-LANGUAGE.txt`: standard output, then standard error after a line
/// `--- stderr`). `RECORD_SNAPSHOTS=1 swift test --filter LanguageSnapshotTests` rewrites the
/// files and fails, so that a new baseline never passes unread; `git diff` shows what changed.
@Suite("Every command in German and English: golden files of Weimar")
struct LanguageSnapshotTests {
    /// The commands and their arguments after the input; `whatif` asks what the end of the
    /// federal programme takes with it.
    static let commands: [(name: String, arguments: [String])] = [
        ("check", []), ("central", []), ("stats", []), ("communities", []), ("gaps", []),
        ("whatif", ["--program", "kommunale-koordinierung"]), ("suggest", []),
    ]

    static let cases: [(String, [String], Language)] = commands.flatMap { command in
        [Language.de, .en].map { (command.name, command.arguments, $0) }
    }

    /// What the command prints in `language`: standard output, and standard error when there is any.
    static func output(_ command: String, _ arguments: [String], _ language: Language) throws -> String {
        let run = try CLI.run([command, "graphs/weimar.yaml"] + arguments + ["--lang", language.rawValue])
        #expect(run.status == 0, "\(command) --lang \(language.rawValue): \(run.stderr)")
        return run.stderr.isEmpty ? run.stdout : run.stdout + "--- stderr\n" + run.stderr
    }

    @Test("The output equals its golden file", arguments: cases)
    func golden(command: String, arguments: [String], language: Language) throws {
        expectSnapshot(try Self.output(command, arguments, language), named: "\(command)-\(language.rawValue)")
    }

    /// Words of the other language that must not appear: the gap types and severities (names
    /// and keywords) and the tables' headings. Matched as whole words, so that »Kinder« is no
    /// "kind"; names of actors are German in both languages and are not among them.
    static func foreignWords(in language: Language) -> [String] {
        let other: Language = language == .de ? .en : .de
        let gaps = other.gapWording, tables = other.analysisTableWording, whatIf = other.whatIfWording
        var words = GapType.allCases.map(gaps.typeName) + GapSeverity.allCases.map(gaps.severityName)
        words += [tables.actorColumn, tables.kindColumn, tables.figureColumn, tables.valueColumn, tables.communityColumn,
                  tables.figureDensity, tables.figureCommunities, whatIf.beforeColumn, whatIf.afterColumn, whatIf.removedLabel]
        words += Measure.allCases.map(tables.measureColumn)
        if language == .de {
            // The keywords are English: JSON and the English tables use them, German text never.
            words += GapType.allCases.map(\.rawValue) + GapSeverity.allCases.map(\.rawValue)
        }
        // Words both languages share ("PageRank", "Clustering", "medium" is not German) are no sign.
        let shared = Set(Measure.allCases.map(Language.en.analysisTableWording.measureColumn))
            .intersection(Measure.allCases.map(Language.de.analysisTableWording.measureColumn))
        return words.filter { !shared.contains($0) }
    }

    @Test("check's problems in German with --lang de (printed while reading, English without it)")
    func checkMessages() throws {
        let german = try CLI.run("check", "Tests/LandscapeIOTests/Fixtures/yaml/errors.yaml", "--lang", "de")
        #expect(german.status == 1)
        #expect(german.stderr.contains("errors.yaml:10:5: Fehler: Akteur ohne »name« (Pflichtfeld)\n"), "\(german.stderr)")
        #expect(german.stderr.hasSuffix("14 Fehler, 2 Warnungen\n"))
        let english = try CLI.run("check", "Tests/LandscapeIOTests/Fixtures/yaml/errors.yaml")
        #expect(english.stderr.hasSuffix("14 errors, 2 warnings\n"))
    }

    @Test("render's notes and result line in the landscape's language")
    func renderNotes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("notes-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try CLI.run("render", "graphs/eisenach.yaml", "-o", path, "--labels", "top:5", "--view", "steering")
        #expect(run.status == 0)
        #expect(run.stderr == """
            Hinweis: 3 Akteure ohne Steuerungs-, Mitgliedschafts- oder Förderbeziehung sind in der Steuerungsansicht weggelassen
            Hinweis: 22 Akteure: Namen nur für die 5 am besten vernetzten (--labels all zeigt alle Namen, --labels top:N eine andere Zahl)

            """)
        #expect(run.stdout.hasPrefix("\(path) geschrieben (svg, 22 Akteure, 24 Beziehungen, dot, "))
    }

    @Test("--lang de prints no English gap type, severity or heading; --lang en no German one", arguments: cases)
    func noForeignWords(command: String, arguments: [String], language: Language) throws {
        let text = try Self.output(command, arguments, language)
        for word in Self.foreignWords(in: language) {
            let pattern = "(?<![\\p{L}\\-])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}\\-])"
            #expect(text.range(of: pattern, options: .regularExpression) == nil,
                    "\(command) --lang \(language.rawValue) prints »\(word)«")
        }
    }
}

/// Compares `text` with the golden file `Snapshots/NAME.txt`. With `RECORD_SNAPSHOTS=1` in the
/// environment, or when the file does not exist yet, it writes the file and fails, so that a
/// new baseline never passes silently.
func expectSnapshot(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    guard !recording, let golden = try? String(contentsOf: url, encoding: .utf8) else {
        try? text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(url.path); check it and run again", sourceLocation: sourceLocation)
        return
    }
    if golden != text {
        let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(goldenLines, lines).enumerated().first { $0.element.0 != $0.element.1 }
        let place = first.map { "line \($0.offset + 1): expected \(String(reflecting: String($0.element.0))), got \(String(reflecting: String($0.element.1)))" }
            ?? "lengths differ (\(goldenLines.count) vs \(lines.count) lines)"
        Issue.record("snapshot \(name) differs at \(place); RECORD_SNAPSHOTS=1 rewrites it", sourceLocation: sourceLocation)
    }
}
