import LandscapeReport
import LandscapeWording

/// The sign-in page: the landscape's name, a refusal if there was one, and the form (name,
/// password, the CSRF token and the page to go back to), posted to `/login`.
struct LoginPage {
    let context: PageContext
    let words: ServeAccessWording
    let token: String
    let message: String?
    let user: String
    let next: String

    var document: Node {
        Node.element("html", [("lang", context.language.rawValue)]) {
            Node.element("head") {
                Node.element("meta", [("charset", "utf-8")])
                Node.element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                Node.element("title") { words.loginTitle }
                Node.element("link", [("rel", "stylesheet"), ("href", PageAssets.stylePath)])
                Node.element("link", [("rel", "icon"), ("href", PageAssets.iconPath), ("type", "image/svg+xml")])
            }
            Node.element("body", [("class", "page-login")]) {
                Node.element("main", [("id", "main")]) {
                    Node.element("h1") { words.loginTitle }
                    if let message { Node.element("div", [("class", "notice error"), ("role", "alert")]) { Node.element("p") { message } } }
                    form
                }
            }
        }
    }

    private var form: Node {
        Node.element("form", [("class", "record"), ("method", "post"), ("action", context.local("/login"))]) {
            Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
            Node.element("input", [("type", "hidden"), ("name", "next"), ("value", next)])
            Node.element("div", [("class", "field")]) {
                Node.element("label", [("for", "field-user")]) { words.loginUser }
                Node.element("input", [("id", "field-user"), ("name", "user"), ("value", user), ("autocomplete", "username"), ("required", "required")])
            }
            Node.element("div", [("class", "field")]) {
                Node.element("label", [("for", "field-password")]) { words.loginPassword }
                Node.element("input", [("id", "field-password"), ("name", "password"), ("type", "password"),
                                       ("autocomplete", "current-password"), ("required", "required")])
            }
            Node.element("p", [("class", "actions")]) {
                Node.element("button", [("type", "submit")]) { words.loginSubmit }
            }
        }
    }
}
