import ArgumentParser
import Foundation
import Verbatim

/// Options every subcommand that reads articles shares.
struct InputOptions: ParsableArguments {
    @OptionGroup var rules: RulesOption

    @Flag(name: .long, help: "Replace invalid UTF-8 bytes with U+FFFD instead of failing (the count is reported).")
    var lossy = false

    @Argument(help: ArgumentHelp("Articles or folders of articles (.txt, .md, .html); '-' reads standard input.",
                                 valueName: "path"))
    var paths: [String] = []

    /// Fails unless a path was given; each command's `validate()` calls it (`verify --db` needs none).
    func requirePaths() throws {
        if paths.isEmpty { throw ValidationError("Give at least one article, folder, or '-' for standard input.") }
    }

    /// Loads the rule book, failing with exit status 2 and the error on stderr.
    func loadRules() throws -> RuleBook { rules.loadRules() }

    /// The documents named by the paths, read one at a time as the command asks for them.
    func source(layout: DocumentSource.Layout = .files) -> DocumentSource {
        DocumentSource(paths: paths, reader: DocumentReader(lossy: lossy), layout: layout)
    }

    /// Reads every document the paths name; refused ones are counted in `tally` (and named on standard error).
    func readDocuments(tally: inout InputTally) -> [Document] {
        tally.documents(from: source())
    }
}

/// Messages on standard error.
enum Diagnostics {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("verbatim: warning: \(message)\n".utf8))
    }

    /// The rule book of the folder `explicit` (or the one ``RulesLocator`` finds), failing with exit status 2
    /// and the error on stderr: how every command loads its rules.
    static func loadRules(explicit: String?) -> RuleBook {
        do { return try RuleBook(folder: try RulesLocator.locate(explicit: explicit)) } catch { fail("\(error)") }
    }

    /// Prints the error and exits with status 2 (usage or input error).
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("verbatim: error: \(message)\n".utf8))
        exit(2)
    }
}

/// Writes to standard output through a buffer.
struct OutputBuffer {
    private var buffer: [UInt8] = []

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    mutating func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count > 1 << 16 { flush() }
    }

    /// Lets `body` append bytes to the buffer.
    mutating func write(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
