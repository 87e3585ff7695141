import LandscapeCore

/// The words of `landscape import` and `landscape export` and of what the store refuses, from the
/// catalog `command-store` of a language (Catalogs/LANGUAGE/command-store.yaml). The help texts
/// and the sentences of the refusals are its messages as they are; the store's errors are put
/// into them where the errors are known (LandscapeApp).
public typealias StoreCommandWording = CommandStoreMessages

extension Language {
    /// The words of `landscape import` and `landscape export` in this language.
    public var storeCommandWording: StoreCommandWording { Catalog(self).commandStore }
}

extension CommandStoreMessages {
    /// The result line of an import: "imported 37 actors and 53 ties into weimar.db (change 1)".
    public func imported(actors: Int, ties: Int, path: String, change: Int) -> String {
        let console = ConsoleWording(catalog: catalog)
        return imported(actors: console.count(actors, .actor), ties: console.count(ties, .tie), path: path, change: String(change))
    }

    /// A name or id inside a sentence, quoted as the language quotes (»amt«).
    public func quoted(_ text: String) -> String { catalog.q(text) }
}
