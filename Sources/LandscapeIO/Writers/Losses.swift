import LandscapeCore

/// The checks for what an output format cannot carry, shared by the writers.
struct LossCheck {
    let format: FormatLoss.Format
    var losses: [FormatLoss] = []

    init(format: FormatLoss.Format) {
        self.format = format
    }

    /// The checks of the XML graph formats (GraphML, GEXF): list separators, characters XML
    /// cannot hold, ties naming actors by name, tie ids, fields of one's own.
    ///
    /// - Complexity: O(A + T + S) for A actors, T ties and S characters of text.
    mutating func graphFormat(_ landscape: Landscape) {
        separators(landscape)
        xmlCharacters(landscape)
        references(landscape)
        tieIDs(landscape)
        extraFields(landscape)
    }

    /// Title, language, date and needs, for formats without a place for some of them.
    /// `language` is lost only when it is not the default (`en`), which reads back the same.
    mutating func metadata(_ landscape: Landscape, carriesTitle: Bool, carriesRest: Bool) {
        var lost: [FormatLoss.Metadata] = []
        if !carriesTitle, landscape.title != nil { lost.append(.title) }
        if !carriesRest {
            if landscape.language != .en { lost.append(.language(landscape.language)) }
            if landscape.asOf != nil { lost.append(.date) }
            if !landscape.needs.isEmpty { lost.append(.needs) }
        }
        if !lost.isEmpty { losses.append(.metadata(lost, format: format)) }
    }

    /// List items holding `|`, the separator of list fields in CSV, GraphML, GEXF and DOT.
    mutating func separators(_ landscape: Landscape) {
        var count = 0
        var example: (String, FormatLoss.ListOwner)?
        func check(_ items: [String], owner: ActorID) {
            for item in items where item.contains("|") {
                count += 1
                if example == nil { example = (item, .actor(owner)) }
            }
        }
        for actor in landscape.actors {
            check(actor.topics, owner: actor.id)
            check(actor.targetGroups, owner: actor.id)
            check(actor.programs.map(\.rawValue), owner: actor.id)
        }
        if landscape.needs.contains(where: { $0.contains("|") }) {
            for need in landscape.needs where need.contains("|") {
                count += 1
                if example == nil { example = (need, .needs) }
            }
        }
        if let example { losses.append(.listSeparators(count: count, example: example.0, owner: example.1, format: format)) }
    }

    /// Tie ids, for formats without a place for them.
    mutating func tieIDs(_ landscape: Landscape) {
        let count = landscape.ties.count { $0.id != nil }
        if count > 0 { losses.append(.tieIDs(count: count, format: format)) }
    }

    /// Fields the format does not know, for formats without a place for them.
    mutating func extraFields(_ landscape: Landscape) {
        let records = landscape.actors.map(\.extra).filter { !$0.isEmpty } + landscape.ties.map(\.extra).filter { !$0.isEmpty }
        if let first = records.first?.first {
            losses.append(.extraFields(count: records.count, example: first.name, format: format))
        }
    }

    /// Fields of one's own holding a list, for the tables, which write it as one text.
    mutating func extraLists(_ landscape: Landscape) {
        let lists = (landscape.actors.flatMap(\.extra) + landscape.ties.flatMap(\.extra)).filter {
            if case .list = $0.value { true } else { false }
        }
        if let first = lists.first { losses.append(.extraListsAsText(count: lists.count, example: first.name, format: format)) }
    }

    /// Texts with characters XML 1.0 cannot hold, not even as references.
    mutating func xmlCharacters(_ landscape: Landscape) {
        var count = 0
        var example: String?
        for text in Self.texts(of: landscape) where XMLText.hasForbiddenCharacters(text) {
            count += 1
            if example == nil { example = XMLText.cleaned(text) }
        }
        if let example { losses.append(.controlCharacters(count: count, example: example, format: format)) }
    }

    /// Actors whose id is also another actor's name: a tie end naming them is ambiguous when read.
    mutating func references(_ landscape: Landscape) {
        var names: [String: [ActorID]] = [:]
        for actor in landscape.actors { names[actor.name, default: []].append(actor.id) }
        let tied = Set(landscape.ties.flatMap { [$0.from, $0.to] })
        for actor in landscape.actors where tied.contains(actor.id) {
            if let others = names[actor.id.rawValue], others.contains(where: { $0 != actor.id }) {
                losses.append(.ambiguousReference(actor.id, format: format))
            }
        }
    }

    /// Every user text of the landscape.
    static func texts(of landscape: Landscape) -> [String] {
        var texts: [String] = []
        if let title = landscape.title { texts.append(title) }
        texts += landscape.needs
        for actor in landscape.actors {
            texts += [actor.id.rawValue, actor.name] + actor.topics + actor.targetGroups + actor.programs.map(\.rawValue)
            texts += [actor.municipality, actor.contact, actor.note].compactMap { $0 }
        }
        for tie in landscape.ties { if let note = tie.note { texts.append(note) } }
        return texts
    }
}

/// How values are spelled in every writer, so that they read back the same.
enum Spelling {
    /// The shortest decimal that reads back as the same Double (`1`, `2.5`, `1e-07`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// List items joined with `|`.
    static func joined(_ items: [String]) -> String { items.joined(separator: "|") }
}
