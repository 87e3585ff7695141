import ArgumentParser
import LandscapeApp
import LandscapeCore
import LandscapeStore
import LandscapeWording

/// `landscape share add|list|revoke`: read-only links to one landscape for people without an account.
struct Share: AsyncParsableCommand {
    static let words = Language.en.shareCommandWording
    static let configuration = CommandConfiguration(
        commandName: "share", abstract: words.shareAbstract, discussion: words.shareDiscussion,
        subcommands: [ShareAdd.self, ShareList.self, ShareRevoke.self])
}

/// `landscape share add [--landscape ID] [--at DATE] [--days N]`.
struct ShareAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: Share.words.addAbstract)

    @Option(help: ArgumentHelp(Share.words.landscapeHelp, valueName: "id"))
    var landscape: String = LandscapeStore.defaultLandscape

    @Option(help: ArgumentHelp(Share.words.atHelp, valueName: "date"))
    var at: String?

    @Option(help: ArgumentHelp(Share.words.daysHelp, valueName: "n"))
    var days: Int = ShareLinks.defaultDays

    @OptionGroup var database: DatabaseAddressOption

    /// A landscape id that cannot be one, a day that is none and a length out of range are usage errors.
    func validate() throws {
        if !LandscapeStore.isLandscapeID(landscape) { throw ValidationError(StoreError.badLandscapeID(landscape).message(StoreWords.words)) }
        if let at, PartialDate(parsing: at) == nil { throw ValidationError(Share.words.badDay(day: Share.words.quoted(at))) }
        if !(1...366).contains(days) { throw ValidationError(Share.words.badDays) }
    }

    func run() async throws {
        let made: NewShareLink
        do {
            made = try await ShareLinks.add(landscape: landscape, onDay: at.flatMap { PartialDate(parsing: $0) }, days: days, by: nil,
                                            in: database.accounts)
        } catch {
            try User.fail(error)
        }
        let words = Share.words
        print(words.added(id: words.quoted(made.link.id), landscape: words.quoted(landscape), until: made.link.expiresAt, path: made.path))
    }
}

/// `landscape share list`: one line per link.
struct ShareList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: Share.words.listAbstract)

    @OptionGroup var database: DatabaseAddressOption

    func run() async throws {
        let links: [ShareLink]
        do {
            links = try await ShareLinks.list(in: database.accounts)
        } catch {
            try User.fail(error)
        }
        let words = Share.words
        if links.isEmpty { print(words.noLinks) }
        for link in links {
            let id = words.quoted(link.id), landscape = words.quoted(link.landscape)
            let day = link.onDay.map { words.onDay(day: $0) } ?? words.asItIs
            print(ShareLinks.expired(link.expiresAt)
                ? words.linkLineExpired(id: id, landscape: landscape, day: day, until: link.expiresAt)
                : words.linkLine(id: id, landscape: landscape, day: day, until: link.expiresAt))
        }
    }
}

/// `landscape share revoke ID`.
struct ShareRevoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: Share.words.revokeAbstract)

    @Argument(help: ArgumentHelp(Share.words.idHelp, valueName: "id"))
    var id: String

    @OptionGroup var database: DatabaseAddressOption

    func run() async throws {
        do {
            try await ShareLinks.revoke(id, in: database.accounts)
        } catch {
            try User.fail(error)
        }
        print(Share.words.revoked(id: Share.words.quoted(id)))
    }
}
