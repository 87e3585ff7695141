import LandscapeCore

/// The words of `landscape share …`, from the catalog `command-share` of a language
/// (Catalogs/LANGUAGE/command-share.yaml); the command line speaks English.
public typealias ShareCommandWording = CommandShareMessages

extension Language {
    /// The words of `landscape share …` in this language.
    public var shareCommandWording: ShareCommandWording { Catalog(self).commandShare }
}

extension CommandShareMessages {
    /// A name or id quoted as the language quotes (»weimar«).
    public func quoted(_ text: String) -> String { catalog.q(text) }
}
