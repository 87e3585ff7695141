/// Writes the Swift of the catalogs: the tables of every language (`Catalog.tables`) and, per
/// topic, a struct with one typed function per message.
struct Emitter {
    let catalogs: Catalogs

    func swift() -> String {
        var out = "// Made by wording-catalogs from Catalogs/*/*.yaml when the target is built: edit the catalogs, not this.\n\n"
        let order = catalogs.topics.flatMap { topic in topic.messages.map { Catalogs.id(topic.name, $0.key) } }
        out += "extension Catalog {\n    /// Each language's texts, in the order of the functions below.\n"
        out += "    static let tables: [String: [CatalogEntry]] = [\n"
        for (language, messages) in catalogs.languages.sorted(by: { $0.key < $1.key }) {
            out += "        \(literal(language)): [\n"
            for id in order {
                guard let message = messages[id], let base = catalogs.languages[Catalogs.baseLanguage]?[id] else { continue }
                out += "            \(entry(message, parameters: base.placeholders)),\n"
            }
            out += "        ],\n"
        }
        out += "    ]\n}\n"
        var index = 0
        for topic in catalogs.topics {
            out += topicStruct(topic.name, topic.messages, firstIndex: index)
            index += topic.messages.count
        }
        return out
    }

    private func topicStruct(_ topic: String, _ messages: [Message], firstIndex: Int) -> String {
        let property = Identifier.camelCase([topic])
        let type = property.prefix(1).uppercased() + property.dropFirst() + "Messages"
        var out = "\n/// The messages of `Catalogs/*/\(topic).yaml` in one language, each documented by its English text.\npublic struct \(type): Sendable {\n    let catalog: Catalog\n"
        for (offset, message) in messages.enumerated() {
            let name = Identifier.camelCase(message.key)
            let counted = message.isPlural || message.placeholders.contains("count")
            let arguments = message.placeholders.filter { $0 != "count" }
            var parameters = arguments.map { "`\($0)`: String" }
            if counted { parameters.insert("count: Int", at: 0) }
            let call = "catalog.message(\(firstIndex + offset), count: \(counted ? "count" : "nil"), [\(arguments.map { "`\($0)`" }.joined(separator: ", "))])"
            out += "    /// \(summary(message))\n"
            out += parameters.isEmpty
                ? "    public var `\(name)`: String { \(call) }\n"
                : "    public func `\(name)`(\(parameters.joined(separator: ", "))) -> String { \(call) }\n"
        }
        out += "}\n\nextension Catalog {\n    var \(property): \(type) { \(type)(catalog: self) }\n}\n"
        return out
    }

    /// One table entry; a placeholder becomes the index of its argument (`count`: the number).
    private func entry(_ message: Message, parameters: [String]) -> String {
        let arguments = parameters.filter { $0 != "count" }
        func segments(_ template: Template) -> String {
            "[" + template.segments.map { segment -> String in
                switch segment {
                case .literal(let text): ".literal(\(literal(text)))"
                case .placeholder("count"): ".count"
                case .placeholder(let name): ".argument(\(arguments.firstIndex(of: name) ?? 0))"
                }
            }.joined(separator: ", ") + "]"
        }
        guard message.isPlural else { return ".text(\(message.forms[""].map(segments) ?? "[]"))" }
        let forms = Message.formOrder.compactMap { form in message.forms[form].map { "\(literal(form)): \(segments($0))" } }
        return ".plural([\(forms.joined(separator: ", "))])"
    }

    private func summary(_ message: Message) -> String {
        let text = (message.forms[""] ?? message.forms["other"]).map { template in
            template.segments.map { segment -> String in
                switch segment {
                case .literal(let text): text
                case .placeholder(let name): "{\(name)}"
                }
            }.joined()
        } ?? ""
        let line = text.replacingOccurrences(of: "\n", with: " ")
        return line.count > 110 ? String(line.prefix(110)) + "…" : line
    }

    private func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
