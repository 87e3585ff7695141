import LandscapeCore
import LandscapeWording

extension ReportWriter {
    /// Section 6: the ten best cooperation opportunities with their reasons and the gaps they
    /// would close.
    func opportunitySection() -> Node {
        section(.opportunities) {
            Node.tag("p", class: "lead", text: words.opportunitiesIntro)
            if content.suggestions.isEmpty {
                note(words.noSuggestions)
            } else {
                suggestionList(content.suggestions.prefix(Self.suggestionsInMain), start: 1)
                if content.suggestions.count > Self.suggestionsInMain {
                    note(words.moreSuggestionsInAppendix(content.suggestions.count - Self.suggestionsInMain))
                }
                note(words.opportunitiesMethod)
            }
        }
    }

    /// How many suggestions section 6 shows; the others follow in the appendix.
    static let suggestionsInMain = 5

    /// The suggestions after the first `suggestionsInMain` (in the appendix).
    func moreSuggestions() -> [Node] {
        guard content.suggestions.count > Self.suggestionsInMain else { return [] }
        return [Node.tag("h3", text: words.heading(.opportunities)),
                suggestionList(content.suggestions.dropFirst(Self.suggestionsInMain), start: Self.suggestionsInMain + 1)]
    }

    /// Suggestions as a numbered list starting at `start`.
    func suggestionList(_ suggestions: ArraySlice<Suggestion>, start: Int) -> Node {
                Node.element("ol", [("class", "suggestions"), ("start", start == 1 ? nil : "\(start)")]) {
                    for suggestion in suggestions {
                        Node.element("li", [("class", "suggestion")]) {
                            if suggestion.form != .pair {
                                Node.tag("p", class: suggestion.form.rawValue, text: content.language.suggestionWording.heading(suggestion, in: landscape))
                            } else {
                                Node.tag("p", class: "pair") {
                                    actorCell(suggestion.from)
                                    Node.tag("span", class: "and", text: " ↔ ")
                                    actorCell(suggestion.to)
                                }
                            }
                            Node.element("ul", [("class", "reasons")]) {
                                for reason in suggestion.reasons.map({ content.language.suggestionWording.reason($0, in: landscape) })
                                where !reason.isEmpty {
                                    Node.tag("li", text: reason)
                                }
                            }
                            if !suggestion.closes.isEmpty {
                                Node.tag("p", class: "closes") {
                                    Node.tag("span", class: "closes-label", text: words.closesLabel)
                                    " " + suggestion.closes.map { content.language.suggestionWording.closedGap($0, in: landscape) }
                                        .joined(separator: "; ")
                                }
                            }
                        }
                    }
                }
    }
}
