import LandscapeCore
import Yams

/// Yams' errors as located diagnostics.
enum YAMLErrors {
    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column))
        }
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            return .error(message, at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error("duplicate key \(keys) in the same mapping", at: at(context.mark))
        case let .reader(problem, _, _, _):
            return .error("cannot read YAML: \(problem)", at: SourceLocation(file: file))
        default:
            return .error("cannot parse YAML: \(error)", at: SourceLocation(file: file))
        }
    }

    static func closest(_ text: String, among candidates: [String]) -> String? {
        // Reuse the core's spelling rule through a vocabulary-free path.
        SpellingSuggestion.closest(to: text, among: candidates)
    }
}
