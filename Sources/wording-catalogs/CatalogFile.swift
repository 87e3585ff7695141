import Foundation
import Yams

/// Where something stands in a catalog file, for `PATH:LINE:COLUMN: error: …`.
struct Location: Comparable {
    var path: String
    var line: Int
    var column: Int

    static func < (a: Location, b: Location) -> Bool { (a.path, a.line, a.column) < (b.path, b.line, b.column) }
    var text: String { "\(path):\(line):\(column)" }
}

/// One message of one language: a text, or a text per plural form (`one`, `other` …).
struct Message {
    var key: [String]
    var forms: [String: Template]
    var isPlural: Bool
    var location: Location

    var placeholders: [String] {
        var seen: [String] = []
        for form in Self.formOrder where forms[form] != nil {
            for name in forms[form]?.placeholders ?? [] where !seen.contains(name) { seen.append(name) }
        }
        return seen
    }

    /// The plural forms of CLDR, in their order.
    static let formOrder = ["", "zero", "one", "two", "few", "many", "other"]
}

/// One catalog file: `Catalogs/LANGUAGE/TOPIC.yaml`, a tree of messages.
struct CatalogFile {
    var language: String
    var topic: String
    var messages: [Message]

    /// Reads the file; every problem is collected in `problems`, the file is read on past them.
    init(path: String, problems: inout [String]) {
        let url = URL(fileURLWithPath: path)
        language = url.deletingLastPathComponent().lastPathComponent
        topic = url.deletingPathExtension().lastPathComponent
        messages = []
        let start = Location(path: path, line: 1, column: 1)
        guard Identifier.isValid(topic) else {
            problems.append("\(start.text): error: the file name `\(topic)` is not a topic name: use letters, digits and `-`")
            return
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            problems.append("\(start.text): error: cannot read this file as UTF-8")
            return
        }
        do {
            guard let root = try Yams.compose(yaml: text) else { return }
            collect(root, key: [], path: path, problems: &problems)
        } catch let error as YamlError {
            problems.append("\(start.text): error: not YAML: \(error)")
        } catch {
            problems.append("\(start.text): error: not YAML: \(error)")
        }
    }

    private mutating func collect(_ node: Node, key: [String], path: String, problems: inout [String]) {
        let location = Location(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            guard !key.isEmpty else { return problems.append("\(location.text): error: a catalog is a mapping of names to texts") }
            if let template = parse(scalar.string, at: location, problems: &problems) {
                messages.append(Message(key: key, forms: ["": template], isPlural: false, location: location))
            }
        case .mapping(let mapping):
            var seen: Set<String> = []
            let names = mapping.map { $0.key.string ?? "" }
            if !key.isEmpty, names.contains("other"), Set(names).isSubset(of: Set(Message.formOrder.dropFirst())) {
                return collectPlural(mapping, key: key, location: location, path: path, problems: &problems)
            }
            for (name, value) in mapping {
                let at = Location(path: path, line: name.mark?.line ?? location.line, column: name.mark?.column ?? location.column)
                guard let text = name.string, Identifier.isValid(text) else {
                    problems.append("\(at.text): error: `\(name.string ?? "?")` is not a message name: use letters, digits and `-`")
                    continue
                }
                guard seen.insert(text).inserted else {
                    problems.append("\(at.text): error: `\(text)` stands twice here")
                    continue
                }
                collect(value, key: key + [text], path: path, problems: &problems)
            }
        case .sequence, .alias:
            problems.append("\(location.text): error: a message is a text or a mapping, not a list")
        }
    }

    private mutating func collectPlural(_ mapping: Node.Mapping, key: [String], location: Location, path: String, problems: inout [String]) {
        var forms: [String: Template] = [:]
        for (form, value) in mapping {
            let at = Location(path: path, line: value.mark?.line ?? location.line, column: value.mark?.column ?? location.column)
            guard let text = value.scalar?.string else {
                problems.append("\(at.text): error: the plural form `\(form.string ?? "?")` must be a text")
                continue
            }
            if let template = parse(text, at: at, problems: &problems) { forms[form.string ?? "other"] = template }
        }
        messages.append(Message(key: key, forms: forms, isPlural: true, location: location))
    }

    private func parse(_ text: String, at location: Location, problems: inout [String]) -> Template? {
        do {
            return try Template(parsing: text)
        } catch {
            guard case .text(let reason) = error else { return nil }
            problems.append("\(location.text): error: \(reason)")
            return nil
        }
    }
}
