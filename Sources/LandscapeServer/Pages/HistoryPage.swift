import Foundation
import HTTPTypes
import Hummingbird
import LandscapeCore
import LandscapeReport
import LandscapeStore
import LandscapeWording

extension Pages {
    /// `/history`: every change, newest first, with what it changed (old → new) and a button
    /// that undoes it; `message` is the outcome of an undo just tried.
    func historyPage(_ request: Request, message: (text: String, failed: Bool)? = nil,
                     status: HTTPResponse.Status = .ok) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        let changes: [HistoryChange]
        do {
            changes = try await store.history(limit: 200)
        } catch {
            throw await failure(error)
        }
        var message = message
        if message == nil, let done = request.uri.queryParameters.get("undone", as: Int.self),
           let undo = changes.first(where: { $0.number == done })?.undoneBy {
            message = (context.words.historyUndone(number: String(done), undo: String(undo)), false)
        }
        let words = context.words
        let page = PageFrame.document(.history, title: landscape.title, context: context) {
            Node.element("h1") { words.navHistory }
            if let message {
                Node.element("p", [("class", message.failed ? "error notice" : "notice"), ("role", message.failed ? "alert" : "status")]) { message.text }
            }
            if changes.isEmpty {
                Node.element("p") { words.historyEmpty }
            } else {
                Node.element("table", [("class", "list history")]) {
                    Node.element("thead") {
                        Node.element("tr") {
                            Node.element("th", [("scope", "col"), ("class", "num")]) { words.historyNumber }
                            Node.element("th", [("scope", "col")]) { words.historyWhen }
                            Node.element("th", [("scope", "col")]) { words.historyChange }
                            Node.element("th", [("scope", "col")]) { Node.empty }
                        }
                    }
                    Node.element("tbody") {
                        for change in changes { row(change, in: changes, landscape: landscape, context: context) }
                    }
                }
            }
        }
        return PageResponse.document(page, status: status)
    }

    /// `POST /history/N/undo`: undoes change N and shows the history; a refusal (a later change
    /// touched the same record) is shown above it, nothing changed.
    func undo(_ request: Request, number: String) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        guard let change = Int(number) else {
            return try await historyPage(request, message: (storeWords.noSuchChange(number: number), true), status: .notFound)
        }
        do {
            _ = try await store.undo(change: change)
        } catch {
            let status: HTTPResponse.Status = if case .undoConflict = error { .conflict } else { .notFound }
            return try await historyPage(request, message: (error.message(landscape.language.storeCommandWording), true), status: status)
        }
        return PageResponse.redirect(to: context.link("/history", [("undone", String(change))]))
    }

    private func row(_ change: HistoryChange, in changes: [HistoryChange], landscape: Landscape, context: PageContext) -> Node {
        let words = context.words
        let undone = change.action == .undo ? changes.first { $0.undoneBy == change.number }?.number : nil
        return Node.element("tr", [("id", "change-\(change.number)"), ("class", change.undoneBy == nil ? nil : "undone")]) {
            Node.element("td", [("class", "num")]) { String(change.number) }
            Node.element("td") { HistoryText.time(change.at, in: context.language) }
            Node.element("td") {
                Node.element("div") { HistoryText.summary(change, undone: undone, landscape: landscape, words: words, language: context.language) }
                if change.action.isEdit {
                    Node.element("ul", [("class", "fields-changed")]) {
                        for line in HistoryText.fieldChanges(change, words: words) { Node.element("li") { line } }
                    }
                }
                if let undoneBy = change.undoneBy { Node.element("div", [("class", "muted")]) { words.historyUndoneBy(number: String(undoneBy)) } }
            }
            Node.element("td") {
                // Undoing the first import would empty the landscape: an import is offered for undo
                // only when it replaced actors or ties (from the import page).
                if context.mayEdit && change.undoneBy == nil && (change.action != .importLandscape || change.items.contains { $0.record != .landscape && $0.oldValue != nil }) {
                    Node.element("form", [("method", "post"), ("action", context.link("/history/\(change.number)/undo"))]) {
                        Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
                        Node.element("button", [("type", "submit"), ("class", "secondary")]) { words.historyUndoButton }
                    }
                }
            }
        }
    }
}

extension HistoryAction {
    /// Whether the change edited one record (its fields are listed as old → new).
    var isEdit: Bool { self == .updateActor || self == .updateTie }
}

/// The history's lines: what a change did, in the page's words, from the stored rows.
enum HistoryText {
    /// "Actor »VHS« added", "Tie »A« → »B« deleted", "Change 4 undone", "Landscape imported (91 records)".
    /// `undone`: the change an undo took back, where the history shown has it; actors are named
    /// as the landscape names them now, else as the row did.
    static func summary(_ change: HistoryChange, undone: Int?, landscape: Landscape, words: ServePagesWording, language: Language) -> String {
        let quote = language.storeCommandWording.quoted
        let item = change.items.first { $0.record != .landscape }
        let row = item.flatMap { fields($0.newValue ?? $0.oldValue) } ?? [:]
        let name = quote(row["name"].map(text) ?? item?.id ?? "")
        func actor(_ column: String) -> String {
            let id = row[column].map(text) ?? ""
            return quote(landscape[ActorID(id)]?.name ?? id)
        }
        let from = actor("from_actor"), to = actor("to_actor")
        switch change.action {
        case .importLandscape: return words.historyImport(count: change.items.filter { $0.record != .landscape && $0.newValue != nil }.count)
        case .addActor: return words.historyAddActor(name: name)
        case .updateActor: return words.historyUpdateActor(name: name)
        case .deleteActor: return words.historyDeleteActor(name: name)
        case .addTie: return words.historyAddTie(from: from, to: to)
        case .updateTie: return words.historyUpdateTie(from: from, to: to)
        case .deleteTie: return words.historyDeleteTie(from: from, to: to)
        case .dismissSuggestion:
            return words.historyDismiss(first: actor("first_actor"), second: actor("second_actor"), reason: row["reason"].map(text) ?? "")
        case .undo: return words.historyUndo(number: undone.map(String.init) ?? "?")
        }
    }

    /// "Gewicht: »old« → »new«" for each field an edit changed (not its version or place), the
    /// field called by the label its form shows (the stored column where there is none).
    static func fieldChanges(_ change: HistoryChange, words: ServePagesWording) -> [String] {
        guard let item = change.items.first, let old = fields(item.oldValue), let new = fields(item.newValue) else { return [] }
        let skipped: Set<String> = ["version", "position", "landscape", "extra"]
        let labels = item.record == .tie ? TieForm.labels(words) : ActorForm.labels(words)
        // The stored columns of a tie's ends are its fields `from` and `to`.
        let fieldOfColumn = ["from_actor": "from", "to_actor": "to"]
        return old.keys.filter { !skipped.contains($0) }.sorted().compactMap { key in
            let before = old[key].map(text) ?? "", after = new[key].map(text) ?? ""
            guard before != after else { return nil }
            let label = labels[fieldOfColumn[key] ?? key] ?? key
            return words.historyField(field: label, old: before.isEmpty ? words.historyEmptyValue : before,
                                      new: after.isEmpty ? words.historyEmptyValue : after)
        }
    }

    /// A stored row's columns, parsed from its JSON.
    static func fields(_ json: String?) -> [String: Any]? {
        guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return nil }
        return object
    }

    /// A column's value as text: a JSON list (as lists are stored) joined with commas.
    static func text(_ value: Any) -> String {
        switch value {
        case is NSNull: return ""
        case let string as String:
            if string.hasPrefix("["), let list = try? JSONSerialization.jsonObject(with: Data(string.utf8)) as? [Any] {
                return list.map { "\($0)" }.joined(separator: ", ")
            }
            return string
        case let number as NSNumber: return number.stringValue
        default: return "\(value)"
        }
    }

    /// The change's time (ISO 8601, UTC) in the server's time zone: "06.12.2026, 23:07" in German.
    static func time(_ iso: String, in language: Language) -> String {
        guard let date = ISO8601DateFormatter().date(from: iso) else { return iso }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .de ? "de_DE" : "en_GB")
        formatter.dateStyle = .medium
        formatter.timeStyle = .short
        return formatter.string(from: date)
    }
}
