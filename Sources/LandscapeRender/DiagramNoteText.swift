import LandscapeCore
import LandscapeWording

extension DiagramNote {
    /// The note in `language`, as `render` prints it after "note:" ("Hinweis:").
    public func text(in language: Language) -> String {
        let words = language.diagramNoteWording
        return switch self {
        case .labelsThinned(let shown, let total): words.labelsThinned(shown: shown, total: total)
        case .leftOutOfView(let count): words.leftOutOfView(count: count)
        case .notReproducible(let engine): words.notReproducible(engine: engine.rawValue)
        case .highlightOutsideNeighbourhood(let ids): words.highlightOutside(ids.map(\.rawValue))
        case .groupsShareColour(let count): words.groupsShareColour(count: count)
        }
    }
}
