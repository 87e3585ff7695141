/// The catalogs of every language, checked against the base language (English): the same
/// topics and messages, plural where the base is plural, no placeholder the base does not have.
struct Catalogs {
    static let baseLanguage = "en"

    /// The base language's messages by topic, in file order: what the Swift API is made of.
    var topics: [(name: String, messages: [Message])]
    /// Each language's messages, keyed by topic and key.
    var languages: [String: [String: Message]]

    init(files: [CatalogFile], problems: inout [String]) {
        var byLanguage: [String: [String: Message]] = [:]
        var topics: [(name: String, messages: [Message])] = []
        for file in files {
            for message in file.messages {
                byLanguage[file.language, default: [:]][Self.id(file.topic, message.key)] = message
            }
            if file.language == Self.baseLanguage { topics.append((file.topic, file.messages)) }
        }
        self.topics = topics.sorted { $0.name < $1.name }
        self.languages = byLanguage
        guard let base = byLanguage[Self.baseLanguage] else {
            problems.append("error: no catalogs of the base language `\(Self.baseLanguage)`")
            return
        }
        for (language, messages) in byLanguage.sorted(by: { $0.key < $1.key }) where language != Self.baseLanguage {
            Self.check(language, messages, against: base, problems: &problems)
        }
    }

    static func id(_ topic: String, _ key: [String]) -> String { ([topic] + key).joined(separator: ".") }

    private static func check(_ language: String, _ messages: [String: Message], against base: [String: Message], problems: inout [String]) {
        for (id, message) in base.sorted(by: { $0.value.location < $1.value.location }) {
            guard let translated = messages[id] else {
                problems.append("\(message.location.text): error: `\(id)` has no text in `\(language)`")
                continue
            }
            if translated.isPlural != message.isPlural {
                let kind = message.isPlural ? "plural forms (one, other …)" : "one text"
                problems.append("\(translated.location.text): error: `\(id)` is \(kind) in `\(baseLanguage)`")
            }
            let invented = translated.placeholders.filter { !message.placeholders.contains($0) }
            if !invented.isEmpty {
                let known = message.placeholders.map { "{\($0)}" }.joined(separator: ", ")
                problems.append("\(translated.location.text): error: `\(id)` in `\(language)` uses \(invented.map { "{\($0)}" }.joined(separator: ", ")), which `\(baseLanguage)` does not have (it has: \(known.isEmpty ? "none" : known))")
            }
        }
        for (id, message) in messages.sorted(by: { $0.value.location < $1.value.location }) where base[id] == nil {
            problems.append("\(message.location.text): error: `\(id)` is not in `\(baseLanguage)`: add it there first")
        }
    }
}
