import LandscapeCore

/// The landscape a DOT graph describes, with every field at the place `DOTLocator` found for it.
extension DOTReader {
    /// Nodes in the order of the landscape that a DOT file of `landscape` was written from:
    /// Graphviz writes them in an order of its own, but names them `a0`, `a1` … by the actors'
    /// positions. Other nodes keep the order in which they were first named, after those.
    static func inLandscapeOrder(_ nodes: [DOTGraph.Node]) -> [DOTGraph.Node] {
        func position(_ node: DOTGraph.Node) -> Int? {
            guard node.attributes["actor"] != nil, node.name.hasPrefix("a") else { return nil }
            return Int(node.name.dropFirst())
        }
        return nodes.enumerated().sorted { left, right in
            let a = position(left.element) ?? Int.max, b = position(right.element) ?? Int.max
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    /// Edges in the order of the landscape's ties (the renderer's `id` is `tie-N`), then the others.
    static func inLandscapeOrder(_ edges: [DOTGraph.Edge]) -> [DOTGraph.Edge] {
        func position(_ edge: DOTGraph.Edge) -> Int? {
            guard let id = edge.attributes["id"], id.hasPrefix("tie-") else { return nil }
            return Int(id.dropFirst(4))
        }
        return edges.enumerated().sorted { left, right in
            let a = position(left.element) ?? Int.max, b = position(right.element) ?? Int.max
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    static func draft(_ graph: DOTGraph, locator: DOTLocator, path: String) -> LandscapeDraft {
        let places = Places(locator: locator, path: path)
        var draft = LandscapeDraft(file: path)
        describe(&draft, from: graph, places: places)
        var ids: [String: String] = [:]
        for node in inLandscapeOrder(graph.nodes) where !graph.legend.contains(node.name) {
            let id = node.attributes["actor"].map(DOTDataText.decode) ?? node.name
            ids[node.name] = id
            draft.actors.append(actor(node, id: id, in: graph, places: places))
        }
        var edgePlaces = EdgePlaces(locator: locator)
        for edge in inLandscapeOrder(graph.edges) where !graph.legend.contains(edge.tail) && !graph.legend.contains(edge.head) {
            let place = edgePlaces.take(edge.tail, edge.head).map { locator.edges[$0].place }
            let recordLocation = places.location(place?.statement)
            func at(_ attribute: String) -> SourceLocation {
                place?.attributes[attribute].map { places.location($0) } ?? recordLocation
            }
            var record = RecordDraft<TieField>(at: recordLocation)
            let reversed = edge.attributes["dir"]?.lowercased() == "back"
            let tail = ids[edge.tail] ?? edge.tail, head = ids[edge.head] ?? edge.head
            record[.from] = Located(.text(reversed ? head : tail), at: recordLocation)
            record[.to] = Located(.text(reversed ? tail : head), at: recordLocation)
            // Not `id`: the renderer names every edge `tie-N`, which is no tie id of the landscape.
            for field in TieField.allCases where field != .from && field != .to && field != .id {
                guard let raw = edge.attributes[field.rawValue] else { continue }
                record[field] = Located(.text(DOTDataText.decode(raw)), at: at(field.rawValue))
            }
            draft.ties.append(record)
        }
        return draft
    }

    /// Source locations of the locator's positions.
    struct Places {
        var locator: DOTLocator
        var path: String

        func location(_ position: DOTLocator.Position?) -> SourceLocation {
            guard let position else { return SourceLocation(file: path) }
            return SourceLocation(file: path, line: position.line, column: position.column)
        }

        func graphAttribute(_ name: String) -> SourceLocation { location(locator.graphAttributes[name]) }
    }

    /// The landscape's title, language, date and needs from the graph's attributes; a
    /// hand-written graph's name (`digraph "Musterstadt" {`) is its title.
    static func describe(_ draft: inout LandscapeDraft, from graph: DOTGraph, places: Places) {
        let data = graph.attributes
        if let title = data["title"] {
            draft.title = Located(DOTDataText.decode(title), at: places.graphAttribute("title"))
        } else if let label = data["label"], !graph.isHTML("label", label) {
            draft.title = Located(DOTDataText.labelText(label, nodeName: ""), at: places.graphAttribute("label"))
        } else if let name = graph.name, !name.isEmpty, !name.hasPrefix("%"), name != "landscape" {
            draft.title = Located(name, at: SourceLocation(file: places.path, line: 1))
        }
        if let language = data["language"] { draft.language = Located(DOTDataText.decode(language), at: places.graphAttribute("language")) }
        if let asOf = data["as_of"] { draft.asOf = Located(DOTDataText.decode(asOf), at: places.graphAttribute("as_of")) }
        if let needs = data["needs"] {
            let at = places.graphAttribute("needs")
            draft.needs = DOTDataText.decode(needs).split(separator: "|").map { Located(String($0), at: at) }
        }
    }

    static func actor(_ node: DOTGraph.Node, id: String, in graph: DOTGraph, places: Places) -> RecordDraft<ActorField> {
        let place = places.locator.nodes[node.name]
        let recordLocation = places.location(place?.statement)
        func at(_ attribute: String) -> SourceLocation {
            place?.attributes[attribute].map { places.location($0) } ?? recordLocation
        }
        var record = RecordDraft<ActorField>(at: recordLocation)
        record[.id] = Located(.text(id), at: at("actor"))
        if let name = node.attributes["name"] {
            record[.name] = Located(.text(DOTDataText.decode(name)), at: at("name"))
        } else if let label = node.attributes["label"], label != "\\N", !graph.isHTML("label", label),
                  !DOTDataText.labelText(label, nodeName: node.name).isEmpty {
            record[.name] = Located(.text(DOTDataText.labelText(label, nodeName: node.name)), at: at("label"))
        } else {
            record[.name] = Located(.text(node.name), at: recordLocation)
        }
        for field in ActorField.allCases where field != .id && field != .name {
            guard let raw = node.attributes[field.rawValue] ?? node.attributes[field.rawValue.replacingOccurrences(of: "_", with: "-")] else { continue }
            let text = DOTDataText.decode(raw)
            let here = at(field.rawValue)
            record[field] = field.isList
                ? Located(.list(text.split(separator: "|").map { Located(String($0), at: here) }), at: here)
                : Located(.text(text), at: here)
        }
        return record
    }

    /// Each edge takes the first place not yet taken of an edge statement with the same ends,
    /// either way round: the places are listed by their ends, each list taken in text order (a
    /// search through all places for every edge would take O(E²) time).
    struct EdgePlaces {
        var placesByEnds: [String: [Int]] = [:]
        var takenByEnds: [String: Int] = [:]

        init(locator: DOTLocator) {
            for (index, place) in locator.edges.enumerated() {
                placesByEnds[place.tail + "\u{0}" + place.head, default: []].append(index)
            }
        }

        mutating func take(_ tail: String, _ head: String) -> Int? {
            func next(_ ends: String) -> Int? {
                guard let list = placesByEnds[ends] else { return nil }
                let taken = takenByEnds[ends, default: 0]
                return taken < list.count ? list[taken] : nil
            }
            let forward = tail + "\u{0}" + head, backward = head + "\u{0}" + tail
            let inOrder = next(forward), reversed = forward == backward ? nil : next(backward)
            guard let first = [inOrder, reversed].compactMap({ $0 }).min() else { return nil }
            takenByEnds[first == inOrder ? forward : backward, default: 0] += 1
            return first
        }
    }
}
