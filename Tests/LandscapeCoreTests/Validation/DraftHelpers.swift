@testable import LandscapeCore
import LandscapeWording

/// Small drafts for validation tests: each record sits on its own line of a notional file.
struct DraftFile {
    let name: String
    var draft: LandscapeDraft
    private var line = 1

    init(_ name: String) {
        self.name = name
        draft = LandscapeDraft(file: name)
    }

    func at(_ line: Int, _ column: Int = 5) -> SourceLocation {
        SourceLocation(file: name, line: line, column: column)
    }

    /// Adds an actor on the next line; list fields take `|`-separated text.
    mutating func actor(_ fields: [ActorField: String]) {
        line += 1
        var record = RecordDraft<ActorField>(at: at(line, 3))
        for (field, text) in fields {
            if field.isList {
                let items = text.split(separator: "|").map { Located(String($0), at: at(line)) }
                record[field] = Located(.list(items), at: at(line))
            } else {
                record[field] = Located(.text(text), at: at(line))
            }
        }
        draft.actors.append(record)
    }

    mutating func tie(_ fields: [TieField: String]) {
        line += 1
        var record = RecordDraft<TieField>(at: at(line, 3))
        for (field, text) in fields { record[field] = Located(.text(text), at: at(line)) }
        draft.ties.append(record)
    }

    /// The line the last record was put on.
    var lastLine: Int { line }
}

func build(_ files: DraftFile...) -> BuildResult {
    LandscapeBuilder().build(files.map(\.draft))
}

extension BuildResult {
    /// The diagnostics as `landscape check` prints them (English).
    var messages: [String] { diagnostics.map(Language.en.diagnosticWording.line) }
}
