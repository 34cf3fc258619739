import Foundation

/// What the benchmarks share: where the sample articles are and how much memory the process used at most.
enum BenchSupport {
    /// `Examples/articles` beside or above the executable, else relative to the working directory.
    static func sampleArticles() -> String {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("Examples/articles").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return "Examples/articles"
    }

    /// The peak resident set size of this process (`ru_maxrss` is in kilobytes on Linux).
    static func peakMemoryMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
