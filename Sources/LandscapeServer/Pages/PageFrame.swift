import LandscapeCore
import LandscapeReport
import LandscapeWording

/// The pages the navigation links, in its order.
enum PageKind: String, CaseIterable, Sendable {
    case map, actors, ties, analysis, history, transfer

    var path: String { self == .map ? "/" : "/" + rawValue }

    /// The page's name in the navigation and the tab's title.
    func title(_ words: ServePagesWording) -> String {
        switch self {
        case .map: words.navMap
        case .actors: words.navActors
        case .ties: words.navTies
        case .analysis: words.navAnalysis
        case .history: words.navHistory
        case .transfer: words.navTransfer
        }
    }
}

/// The frame of every page: head (style sheet, script), the bar with the landscape's title, the
/// navigation and the language switch, then the page's own content.
enum PageFrame {
    /// The document of `page` with `content` in its main part; `scripts` are the app's own files.
    static func document(
        _ page: PageKind, title: String?, context: PageContext, scripts: [String] = [], @MarkupBuilder content: () -> [Node]
    ) -> Node {
        let landscapeTitle = title ?? context.words.untitled
        return Node.element("html", [("lang", context.language.rawValue)]) {
            Node.element("head") {
                Node.element("meta", [("charset", "utf-8")])
                Node.element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                Node.element("title") { context.words.pageTitle(page: page.title(context.words), title: landscapeTitle) }
                Node.element("link", [("rel", "stylesheet"), ("href", PageAssets.stylePath)])
                Node.element("link", [("rel", "icon"), ("href", PageAssets.iconPath), ("type", "image/svg+xml")])
                for script in scripts { Node.element("script", [("src", script), ("defer", "defer")]) { Node.empty } }
            }
            Node.element("body", [("class", "page-" + page.rawValue)]) {
                Node.element("header", [("class", "bar")]) {
                    Node.element("a", [("class", "brand"), ("href", context.link("/"))]) { landscapeTitle }
                    Node.element("nav", [("aria-label", context.words.navLabel)]) {
                        for kind in PageKind.allCases {
                            Node.element("a", [("href", context.link(kind.path)), ("aria-current", kind == page ? "page" : nil)]) {
                                kind.title(context.words)
                            }
                        }
                    }
                    if !context.mayEdit {
                        Node.element("span", [("class", "read-only"), ("title", context.words.readOnlyHint)]) { context.words.readOnly }
                    }
                    Node.element("a", [("class", "language"), ("href", context.otherLanguageLink),
                                       ("hreflang", context.language == .de ? "en" : "de")]) { context.words.switchLanguage }
                    if let account = context.account { signOut(account, context: context) }
                }
                Node.element("main", [("id", "main")], content())
            }
        }
    }

    /// The sign-out button of a signed-in session, titled with the account's name (`POST /logout`).
    private static func signOut(_ account: String, context: PageContext) -> Node {
        Node.element("form", [("class", "sign-out"), ("method", "post"), ("action", context.local("/logout"))]) {
            Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", context.token)])
            Node.element("button", [("type", "submit"), ("class", "secondary"), ("title", context.words.signedInAs(name: account))]) {
                context.words.signOut
            }
        }
    }
}
