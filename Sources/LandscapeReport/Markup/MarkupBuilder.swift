/// Builds lists of nodes from Swift statements: nodes, node lists, strings (as escaped text),
/// `if`, `if let`, `switch` and `for`.
@resultBuilder
public enum MarkupBuilder {
    public static func buildExpression(_ node: Node) -> [Node] { [node] }
    public static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    public static func buildExpression(_ text: String) -> [Node] { [.text(text)] }
    public static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    public static func buildEither(first part: [Node]) -> [Node] { part }
    public static func buildEither(second part: [Node]) -> [Node] { part }
    public static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
}

extension Node {
    /// An element whose children come from a `MarkupBuilder` block.
    public static func element(_ name: String, _ attributes: [(String, String?)] = [], @MarkupBuilder children: () -> [Node]) -> Node {
        element(name, attributes, children())
    }

    /// `<TAG class="CLASS">…</TAG>`.
    public static func tag(_ name: String, class className: String? = nil, @MarkupBuilder children: () -> [Node]) -> Node {
        element(name, [("class", className)], children())
    }

    /// `<TAG class="CLASS">TEXT</TAG>`.
    public static func tag(_ name: String, class className: String? = nil, text: String) -> Node {
        element(name, [("class", className)], [.text(text)])
    }
}
