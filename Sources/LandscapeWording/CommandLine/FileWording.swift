import LandscapeCore

/// The words around output files, shared by every command that writes one (`render`,
/// `report`, `convert`): the refusals of the one output-path rule and a failed write. Worded
/// by the catalog `files` of each language (Catalogs/LANGUAGE/files.yaml).
public protocol FileWording: Sendable {
    /// "'-o out' is a folder; give a file name such as 'out/diagram.svg'."
    func outputIsFolder(output: String, example: String) -> String
    /// "'-o graphs/weimar.yaml' would overwrite the input 'graphs/weimar.yaml'; choose another output."
    func outputOverwritesInput(output: String, input: String) -> String
    /// "out/a.svg: error: cannot write the file (an existing one is left as it was): Permission denied".
    func cannotWrite(path: String, reason: String) -> String
}

extension Language {
    /// The words around output files in this language.
    public var fileWording: any FileWording { CatalogFileWording(catalog: Catalog(self)) }
}

/// The words around output files from the catalog of one language.
struct CatalogFileWording: FileWording {
    let catalog: Catalog

    func outputIsFolder(output: String, example: String) -> String {
        catalog.files.outputIsFolder(output: output, example: example)
    }

    func outputOverwritesInput(output: String, input: String) -> String {
        catalog.files.outputOverwritesInput(output: output, input: input)
    }

    func cannotWrite(path: String, reason: String) -> String {
        catalog.files.cannotWrite(path: path, reason: reason)
    }
}
