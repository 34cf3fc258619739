import ArgumentParser
import Foundation
import Verbatim

/// What a run made of its documents: each refused one gets a line on standard error, and the counts give
/// the exit status (0 every document read, 1 some refused, 2 none could be read).
struct InputTally {
    /// How many documents went through the whole command.
    var succeeded = 0
    /// How many documents were refused.
    private(set) var refused = 0

    /// What `--help` says about refused documents and the exit status they lead to.
    static let help = """
        A document that cannot be read (binary, empty, invalid UTF-8 without --lossy, unreadable, too large, \
        malformed front matter or JSON) or that a rule pattern gives up on (past PCRE2's match limit) is \
        refused: one line on standard error names it and the byte, and the run goes on with the others. A \
        folder's symbolic link loops, FIFOs and files removed during the run are refused or left out, never \
        waited on.
        """

    /// Counts a document that went through, warning when its invalid UTF-8 was repaired.
    mutating func accept(_ document: Document) {
        succeeded += 1
        Self.warnIfRepaired(document)
    }

    /// Counts a refused document and names it on standard error.
    mutating func refuse(_ refusal: DocumentRefusal) {
        refused += 1
        FileHandle.standardError.write(Data("verbatim: error: \(refusal.message)\n".utf8))
    }

    /// Reads every document of `source`, counting and naming the refused ones.
    mutating func documents(from source: DocumentSource) -> [Document] {
        var documents: [Document] = []
        for input in source {
            switch input {
            case let .document(document):
                Self.warnIfRepaired(document)
                documents.append(document)
            case let .refused(refusal):
                refuse(refusal)
            }
        }
        return documents
    }

    /// Warns on standard error that `--lossy` replaced bytes of `document`.
    static func warnIfRepaired(_ document: Document) {
        if document.replacedInvalidBytes > 0 {
            Diagnostics.warn("\(document.path): replaced \(document.replacedInvalidBytes) invalid UTF-8 byte(s) with U+FFFD")
        }
    }

    /// Whether documents were given and every one was refused.
    var nothingRead: Bool { succeeded == 0 && refused > 0 }

    /// 2 when nothing could be read, 1 when some documents were refused or `failed` (a command's own
    /// failure, such as a lint error), else 0.
    func exitStatus(failed: Bool = false) -> Int32 {
        if nothingRead { return 2 }
        return refused > 0 || failed ? 1 : 0
    }

    /// Ends the command with ``exitStatus(failed:)`` unless it is 0.
    func finish(failed: Bool = false) throws {
        let status = exitStatus(failed: failed)
        if status != 0 { throw ExitCode(status) }
    }
}
