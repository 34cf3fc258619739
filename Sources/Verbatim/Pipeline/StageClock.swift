import Foundation

/// Time spent in each stage of ``Extractor/extract(_:)``, summed over the documents it extracted.
///
/// Attach one to an extractor (``Extractor/clock``) to see where extraction spends its time, as
/// `verbatim bench --stages` does. Without a clock the extractor reads no time at all.
public final class StageClock {
    /// The stages of the extraction pipeline, in the order they run (declared in ``PipelineStage``).
    public typealias Stage = PipelineStage

    /// Nanoseconds per stage, indexed by ``Stage/rawValue``.
    public private(set) var nanoseconds: [UInt64] = Array(repeating: 0, count: Stage.allCases.count)
    private var last: UInt64 = 0

    public init() {}

    /// Starts timing from now (call before the first stage of a document).
    public func start() { last = DispatchTime.now().uptimeNanoseconds }

    /// Charges the time since the previous mark to `stage`.
    public func mark(_ stage: Stage) {
        let now = DispatchTime.now().uptimeNanoseconds
        nanoseconds[stage.rawValue] += now &- last
        last = now
    }

    /// Adds times measured elsewhere (another worker's ``nanoseconds``), stage by stage.
    public func add(_ other: [UInt64]) {
        for (index, time) in other.enumerated() where index < nanoseconds.count { nanoseconds[index] += time }
    }

    /// Sets every stage's time back to zero.
    public func reset() { nanoseconds = Array(repeating: 0, count: Stage.allCases.count) }

    /// Seconds spent in `stage`.
    public func seconds(_ stage: Stage) -> Double { Double(nanoseconds[stage.rawValue]) / 1e9 }
}
