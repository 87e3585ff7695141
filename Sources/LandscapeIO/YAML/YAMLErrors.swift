import LandscapeCore
import Yams

/// Yams' errors as located diagnostics.
enum YAMLErrors {
    static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column))
        }
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                return .error(.structure(.yamlTooDeep(limit: 1_000)), at: at(mark))
            }
            if problem.contains("found another document") {
                return .error(.structure(.secondDocument), at: at(mark))
            }
            if let context {
                return .error(.structure(.yamlSyntaxInContext(detail: problem, context: context.text, line: context.mark.line, column: context.mark.column)), at: at(mark))
            }
            return .error(.structure(.yamlSyntax(detail: problem)), at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams marks the first occurrence; point at the repeat, where the fix usually is.
            if let key = duplicates.first, let repeated = repeatedKey(key, after: context.mark, in: text, file: file) {
                return .error(.structure(.duplicateKeys(duplicates, firstLine: context.mark.line)), at: repeated)
            }
            return .error(.structure(.duplicateKeys(duplicates, firstLine: nil)), at: at(context.mark))
        case let .reader(problem, _, _, _):
            return .error(.structure(.yamlUnreadable(detail: problem)), at: SourceLocation(file: file))
        default:
            return .error(.structure(.yamlUnparsable(detail: "\(error)")), at: SourceLocation(file: file))
        }
    }

    /// The next line after `first` that holds `key:` at the same column, if any.
    static func repeatedKey(_ key: String, after first: Mark, in text: String, file: String) -> SourceLocation? {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard lineNumber > first.line else { continue }
            let scalars = Array(line.unicodeScalars)
            guard first.column - 1 < scalars.count else { continue }
            let rest = String(String.UnicodeScalarView(scalars[(first.column - 1)...]))
            let indent = scalars.prefix(first.column - 1).allSatisfy { $0 == " " || $0 == "-" }
            if rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                if indent { return SourceLocation(file: file, line: lineNumber, column: first.column) }
            }
        }
        return nil
    }
}
