import LandscapeCore

/// The words of signing in to `landscape serve` and of its refusals for want of a role, from the
/// catalog `serve-access` of a language (Catalogs/LANGUAGE/serve-access.yaml).
public typealias ServeAccessWording = ServeAccessMessages

extension Language {
    /// The words of signing in and of the role refusals in this language.
    public var serveAccessWording: ServeAccessWording { Catalog(self).serveAccess }
}

extension ServeAccessMessages {
    /// A name or id quoted as the language quotes (»anna«).
    public func quoted(_ text: String) -> String { catalog.q(text) }
}
