import ArgumentParser
import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeStore
import LandscapeWording

extension AccountRole: ExpressibleByArgument {
    public static var allValueStrings: [String] { [] }
}

/// `landscape user add|grant|revoke|remove|passwd|list`: the accounts that may sign in to the server.
struct User: AsyncParsableCommand {
    static let words = Language.en.userCommandWording
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: words.userAbstract, discussion: words.userDiscussion,
        subcommands: [UserAdd.self, UserGrant.self, UserRevoke.self, UserRemove.self, UserPasswd.self, UserList.self])

    /// An account's roles as a line shows them, by landscape id: »reader of »jena«, editor of »weimar««.
    static func describe(_ roles: [String: AccountRole]) -> String {
        roles.sorted { $0.key < $1.key }.map { landscape, role in
            words.roleOf(role: role.rawValue, landscapes: words.landscapes(landscape == Account.everyLandscape ? nil : landscape))
        }.joined(separator: ", ")
    }

    /// Says what went wrong and exits with 1.
    static func fail(_ failure: AccountFailure) throws -> Never {
        switch failure {
        case .store(let error):
            try StoreWords.fail(error)
        case .password(.tooShort(let minimum)):
            Console.error(StoreWords.words.error(text: words.tooShort(minimum: String(minimum))))
        case .password(.tooLong(let maximum)):
            Console.error(StoreWords.words.error(text: words.tooLong(maximum: String(maximum))))
        }
        throw ExitCode(1)
    }
}

/// How a command gets a new password: from standard input's first line (`--password-stdin`),
/// else asked twice on the terminal without echo.
struct PasswordOption: ParsableArguments {
    @Flag(name: .customLong("password-stdin"), help: ArgumentHelp(User.words.passwordStdinHelp))
    var fromStandardInput = false

    /// The password for `name`; exits with 1 when there is no terminal to ask on or the two
    /// answers differ.
    func read(for name: String) throws -> String {
        let words = User.words
        if fromStandardInput { return readLine(strippingNewline: true) ?? "" }
        guard let first = SecretPrompt.ask(words.passwordPrompt(name: words.quoted(name))) else {
            Console.error(StoreWords.words.error(text: words.noTerminal))
            throw ExitCode(1)
        }
        guard SecretPrompt.ask(words.passwordRepeat) == first else {
            Console.error(StoreWords.words.error(text: words.passwordsDiffer))
            throw ExitCode(1)
        }
        return first
    }
}

/// Asks for a secret on the terminal with its echo off (termios), and puts the echo back
/// however the answer ends.
enum SecretPrompt {
    /// The line typed after `prompt` (on standard error); `nil` when standard input is no terminal.
    static func ask(_ prompt: String) -> String? {
        let input = FileHandle.standardInput.fileDescriptor
        guard isatty(input) != 0 else { return nil }
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return nil }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        FileHandle.standardError.write(Data(prompt.utf8))
        tcsetattr(input, TCSAFLUSH, &silent)
        defer {
            tcsetattr(input, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}

/// `landscape user add NAME --role ROLE [--landscape ID]`.
struct UserAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: User.words.addAbstract)

    @Argument(help: ArgumentHelp(User.words.nameHelp, valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp(User.words.roleHelp, valueName: "role"))
    var role: AccountRole

    @Option(help: ArgumentHelp(User.words.landscapeHelp, valueName: "id"))
    var landscape: String?

    @OptionGroup var password: PasswordOption
    @OptionGroup var database: DatabaseAddressOption

    /// A name or landscape id that cannot be one, and an admin of one landscape, are usage errors.
    func validate() throws {
        var refusal: StoreError?
        if !LandscapeStore.isAccountName(name) { refusal = .badAccountName(name) }
        if let landscape, !LandscapeStore.isLandscapeID(landscape) { refusal = .badLandscapeID(landscape) }
        if role == .admin, landscape != nil { refusal = .adminOfOneLandscape(name) }
        if let refusal { throw ValidationError(refusal.message(StoreWords.words)) }
    }

    func run() async throws {
        let secret = try password.read(for: name)
        do {
            try await UserAccounts.add(name, password: secret, role: role, landscape: landscape,
                                       in: database.accounts)
        } catch {
            try User.fail(error)
        }
        let words = User.words
        print(words.added(name: words.quoted(name), role: role.rawValue, landscapes: words.landscapes(landscape)))
    }
}

/// `landscape user grant NAME --role ROLE [--landscape ID]`: one more landscape for an account.
struct UserGrant: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grant", abstract: User.words.grantAbstract)

    @Argument(help: ArgumentHelp(User.words.nameHelp, valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp(User.words.roleHelp, valueName: "role"))
    var role: AccountRole

    @Option(help: ArgumentHelp(User.words.landscapeHelp, valueName: "id"))
    var landscape: String?

    @OptionGroup var database: DatabaseAddressOption

    func run() async throws {
        do {
            try await UserAccounts.grant(role, to: name, landscape: landscape,
                                         in: database.accounts)
        } catch {
            try User.fail(error)
        }
        let words = User.words
        print(words.granted(name: words.quoted(name), role: role.rawValue, landscapes: words.landscapes(landscape)))
    }
}

/// `landscape user revoke NAME [--landscape ID]`: one role less, the others kept.
struct UserRevoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: User.words.revokeAbstract)

    @Argument(help: ArgumentHelp(User.words.nameHelp, valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp(User.words.landscapeHelp, valueName: "id"))
    var landscape: String?

    @OptionGroup var database: DatabaseAddressOption

    func validate() throws {
        if let landscape, !LandscapeStore.isLandscapeID(landscape) {
            throw ValidationError(StoreError.badLandscapeID(landscape).message(StoreWords.words))
        }
    }

    func run() async throws {
        let revocation: Revocation
        do {
            revocation = try await UserAccounts.revoke(from: name, landscape: landscape,
                                                       in: database.accounts)
        } catch {
            try User.fail(error)
        }
        let words = User.words, quoted = words.quoted(name), landscapes = words.landscapes(landscape)
        if let taken = revocation.taken {
            print(words.revoked(name: quoted, role: taken.rawValue, landscapes: landscapes))
        } else {
            print(words.notRevoked(name: quoted, landscapes: landscapes))
        }
        print(revocation.left.isEmpty ? words.noRolesLeft(name: quoted) : words.rolesLeft(name: quoted, roles: User.describe(revocation.left)))
    }
}

/// `landscape user remove NAME`.
struct UserRemove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: User.words.removeAbstract)

    @Argument(help: ArgumentHelp(User.words.nameHelp, valueName: "name"))
    var name: String

    @OptionGroup var database: DatabaseAddressOption

    func run() async throws {
        do {
            try await UserAccounts.remove(name, in: database.accounts)
        } catch {
            try User.fail(error)
        }
        print(User.words.removed(name: User.words.quoted(name)))
    }
}

/// `landscape user passwd NAME`.
struct UserPasswd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "passwd", abstract: User.words.passwdAbstract)

    @Argument(help: ArgumentHelp(User.words.nameHelp, valueName: "name"))
    var name: String

    @OptionGroup var password: PasswordOption
    @OptionGroup var database: DatabaseAddressOption

    func run() async throws {
        let secret = try password.read(for: name)
        do {
            try await UserAccounts.setPassword(secret, of: name, in: database.accounts)
        } catch {
            try User.fail(error)
        }
        print(User.words.passwordChanged(name: User.words.quoted(name)))
    }
}

/// `landscape user list`: one line per account, by name.
struct UserList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: User.words.listAbstract)

    @OptionGroup var database: DatabaseAddressOption

    func run() async throws {
        let accounts: [Account]
        do {
            accounts = try await UserAccounts.list(in: database.accounts)
        } catch {
            try User.fail(error)
        }
        let words = User.words
        if accounts.isEmpty { print(words.noAccounts) }
        for account in accounts {
            print(words.accountLine(name: account.name, roles: User.describe(account.roles), since: account.createdAt))
        }
    }
}
