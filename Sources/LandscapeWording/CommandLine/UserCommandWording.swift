import LandscapeCore

/// The words of `landscape user …`, from the catalog `command-user` of a language
/// (Catalogs/LANGUAGE/command-user.yaml); the command line speaks English.
public typealias UserCommandWording = CommandUserMessages

extension Language {
    /// The words of `landscape user …` in this language.
    public var userCommandWording: UserCommandWording { Catalog(self).commandUser }
}

extension CommandUserMessages {
    /// The landscapes a role holds for: `every landscape`, or the ids quoted and listed.
    public func landscapes(_ id: String?) -> String {
        id.map { catalog.q($0) } ?? everyLandscape
    }

    /// A name quoted as the language quotes (»anna«).
    public func quoted(_ text: String) -> String { catalog.q(text) }
}
