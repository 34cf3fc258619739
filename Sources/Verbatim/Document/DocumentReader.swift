import Foundation

/// Finds article files and reads them into ``Document``s.
public struct DocumentReader: Sendable {
    /// Whether invalid UTF-8 is repaired (each bad sequence becomes U+FFFD) instead of being an error.
    public let lossy: Bool
    /// The largest file, in bytes, that will be read.
    public let maxFileSize: Int

    /// The extensions (lowercased, without the dot) of the files a directory search picks up.
    public static let documentExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm"]

    /// Creates a reader.
    /// - Parameters:
    ///   - lossy: Whether to repair invalid UTF-8 instead of failing.
    ///   - maxFileSize: The largest file to read, in bytes (64 MiB by default).
    public init(lossy: Bool = false, maxFileSize: Int = 64 << 20) {
        self.lossy = lossy
        self.maxFileSize = maxFileSize
    }

    /// The files to read for the paths given on a command line.
    ///
    /// Files are kept as given, in the order given (even with other extensions). Directories are searched
    /// recursively for files with one of ``documentExtensions``, skipping hidden files and directories
    /// (names starting with `.`) and companion files (names containing `.gold.`, `.expected.` or
    /// `.out.`, and backups ending in `~`); each directory's files come out sorted by path. `-` (standard
    /// input) passes through. A path listed twice is returned once.
    /// - Throws: the first error ``entries(for:)`` lists: ``DocumentError/notFound(path:)`` for a path that
    ///   does not exist, ``DocumentError/unreadable(path:reason:)`` for a directory that cannot be listed or
    ///   a document name in a folder that is not a regular file.
    public func documentPaths(for paths: [String]) throws(DocumentError) -> [String] {
        try entries(for: paths).map { entry throws(DocumentError) in try entry.get() }
    }

    /// The files to read for the paths given on a command line, as ``documentPaths(for:)`` lists them, with
    /// an error in place of each path that cannot be listed or read, so that the rest can still be read.
    ///
    /// The walk never hangs or stops: a symbolic link loop is an error in its place (a link back to a folder
    /// already visited is skipped), a FIFO, socket or device found in a folder is an error (it is not
    /// opened), and a file removed while the folder is walked is left out.
    public func entries(for paths: [String]) -> [Result<String, DocumentError>] {
        var result: [Result<String, DocumentError>] = []
        var seen = Set<String>()
        func add(_ path: String) {
            if seen.insert(path).inserted { result.append(.success(path)) }
        }
        for path in paths {
            if path == "-" {
                add(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.append(.failure(Self.isSymbolicLink(path)
                    ? .unreadable(path: path, reason: Self.brokenLink) : .notFound(path: path)))
                continue
            }
            if isDirectory.boolValue {
                var visited = Set<String>()
                var found: [Result<String, DocumentError>] = []
                collect(directory: path, into: &found, visited: &visited)
                for entry in Self.sortedByPath(found) {
                    switch entry {
                    case let .success(file): add(file)
                    case .failure: result.append(entry)
                    }
                }
            } else {
                add(path)
            }
        }
        return result
    }

    /// Reads and checks one file (`-` reads standard input).
    /// - Throws: ``DocumentError/notFound(path:)``, ``DocumentError/unreadable(path:reason:)`` (also for a
    ///   directory), ``DocumentError/tooLarge(path:size:limit:)`` (checked before reading), and every error
    ///   ``Document/init(path:data:format:lossy:)`` throws.
    public func read(path: String) throws(DocumentError) -> Document {
        if path == "-" { return try readStandardInput() }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            if !FileManager.default.fileExists(atPath: path) { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: Self.reason(error))
        }
        // attributesOfItem describes a symbolic link itself; fileExists follows it.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "is a directory") }
        if attributes[.type] as? FileAttributeType == .typeRegular,
           let size = (attributes[.size] as? NSNumber)?.intValue, size > maxFileSize {
            throw .tooLarge(path: path, size: size, limit: maxFileSize)
        }
        // Opened without waiting for a writer: a FIFO nobody writes to reads as empty instead of hanging.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        defer { close(descriptor) }
        let data = try readAll(from: handle, name: path)
        return try Document(path: path, data: data, lossy: lossy)
    }

    /// Reads a document from standard input.
    /// - Parameters:
    ///   - name: The name used in errors and for the format (`-` by default, which means plain text).
    ///   - format: How to read the text; defaults to the format implied by `name`.
    public func readStandardInput(name: String = "-", format: DocumentFormat? = nil) throws(DocumentError) -> Document {
        let data = try readAll(from: FileHandle.standardInput, name: name)
        return try Document(path: name, data: data, format: format, lossy: lossy)
    }

    /// Reads a handle to its end in chunks, failing once more than ``maxFileSize`` bytes arrive (pipes and
    /// special files have no size to check up front).
    private func readAll(from handle: FileHandle, name: String) throws(DocumentError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunkSize = 1 << 20
        do {
            while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
                bytes.append(contentsOf: chunk)
                if bytes.count > maxFileSize {
                    throw DocumentError.tooLarge(path: name, size: bytes.count, limit: maxFileSize)
                }
            }
        } catch let error as DocumentError {
            throw error
        } catch {
            throw .unreadable(path: name, reason: Self.reason(error))
        }
        return bytes
    }

    /// Appends the document files under `directory` (recursively) to `found`, following symbolic links
    /// but visiting each real directory once; what cannot be listed or read is appended as an error.
    private func collect(directory: String, into found: inout [Result<String, DocumentError>], visited: inout Set<String>) {
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            found.append(.failure(.unreadable(path: directory, reason: Self.reason(error))))
            return
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names where !name.hasPrefix(".") {
            let path = prefix + name
            // One `stat` (which follows links) tells whether the entry is there, a folder, or a regular file.
            var status = stat()
            guard stat(path, &status) == 0 else {
                // Gone since the listing (left out), or a link that leads nowhere or in a circle.
                if Self.isDocumentName(name) && Self.isSymbolicLink(path) {
                    found.append(.failure(.unreadable(path: path, reason: Self.brokenLink)))
                }
                continue
            }
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR {
                collect(directory: path, into: &found, visited: &visited)
            } else if Self.isDocumentName(name) {
                if type == S_IFREG {
                    found.append(.success(path))
                } else {
                    found.append(.failure(.unreadable(path: path, reason: "not a regular file (a FIFO, socket or device); "
                                                      + "name it on the command line to read it")))
                }
            }
        }
    }

    private static let brokenLink = "a symbolic link to nothing, or a loop of links"

    private static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType == .typeSymbolicLink
    }

    /// `entries` sorted by their paths' bytes, error or not (each path's bytes are read once, not at every
    /// comparison).
    private static func sortedByPath(_ entries: [Result<String, DocumentError>]) -> [Result<String, DocumentError>] {
        let keys = entries.map { entry -> [UInt8] in
            switch entry {
            case let .success(path): return Array(path.utf8)
            case let .failure(error): return Array(error.path.utf8)
            }
        }
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        return order.map { entries[$0] }
    }

    /// Whether a file name found in a directory is an article: a known extension, not a companion file.
    static func isDocumentName(_ name: String) -> Bool {
        guard documentExtensions.contains(DocumentFormat.lowercasedExtension(of: name)) else { return false }
        let lowered = name.lowercased()
        if lowered.hasSuffix("~") { return false }
        let bytes = Array(lowered.utf8)
        for marker in [".gold.", ".expected.", ".out."] where ByteText.contains(bytes, Array(marker.utf8)) { return false }
        return true
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
