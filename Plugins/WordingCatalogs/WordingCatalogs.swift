import Foundation
import PackagePlugin

/// Compiles the wording catalogs (`Catalogs/LANGUAGE/TOPIC.yaml` in the target's folder) into
/// one Swift file before the target is built: a typed function per message, the texts of every
/// language as tables. A message missing in a language, or a placeholder a language invents, fails
/// the build with the catalog's file, line and column.
@main
struct WordingCatalogs: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SwiftSourceModuleTarget else { return [] }
        let folder = target.directoryURL.appending(path: "Catalogs")
        let catalogs = Self.catalogFiles(below: folder)
        let output = context.pluginWorkDirectoryURL.appending(path: "Catalog+Messages.swift")
        return [
            .buildCommand(
                displayName: "Compiling the wording catalogs of \(target.name)",
                executable: try context.tool(named: "wording-catalogs").url,
                arguments: [output.path()] + catalogs.map { $0.path() },
                inputFiles: catalogs,
                outputFiles: [output]
            )
        ]
    }

    /// The YAML files one folder below `folder` (one folder per language), sorted by path.
    static func catalogFiles(below folder: URL) -> [URL] {
        let manager = FileManager.default
        let languages = (try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return languages.flatMap { language in
            ((try? manager.contentsOfDirectory(at: language, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "yaml" }
        }.sorted { $0.path() < $1.path() }
    }
}
