import Foundation
import Verbatim

/// `verbatim bench --stream-megabytes N`: a JSON Lines stream of N MB, generated on the fly from the seed
/// articles and written into a pipe by another thread, extracted as `extract --input jsonl --format jsonl -`
/// extracts standard input (same reader, same batches, results written out batch by batch), to show that
/// memory stays flat however long the stream is.
enum StreamBench {
    /// Streams `megabytes` MB of records made from `seeds` through the extractor and prints the throughput
    /// and the peak memory of the process.
    static func run(megabytes: Int, seeds: [Document], rules: RuleBook) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { Diagnostics.fail("cannot create a pipe: \(String(cString: strerror(errno)))") }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let lines = seeds.map(recordTail)
        let target = megabytes << 20
        let writer = Thread {
            writeRecords(lines, upTo: target, to: writeEnd)
            close(writeEnd)
        }
        writer.start()
        let extractor = Extractor(rules: rules)
        var output: [UInt8] = []
        var (documents, refused, quotations, outputBytes) = (0, 0, 0, 0)
        let start = DispatchTime.now().uptimeNanoseconds
        let source = DocumentSource(paths: ["/dev/fd/\(readEnd)"], layout: .jsonLines)
        source.forEachBatch(of: Extractor.batchSize) { batch in
            for outcome in extractor.outcomes(of: batch) {
                switch outcome {
                case let .extracted(result):
                    documents += 1
                    quotations += result.quotations.count
                    QuotationWriters.appendJSONLine(result, to: &output)
                case let .refused(refusal):
                    refused += 1
                    RefusalWriter.appendJSONLine(refusal, to: &output)
                }
            }
            // The batch's lines go nowhere, as a write to standard output would empty the buffer.
            outputBytes += output.count
            output.removeAll(keepingCapacity: true)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        close(readEnd)
        let streamed = Double(target) / 1_048_576
        print("stream: \(documents) JSON Lines records (\(refused) refused), \(String(format: "%.0f", streamed)) MB of text "
              + "from \(seeds.count) articles, generated on the fly")
        print("extract --input jsonl --format jsonl -: \(String(format: "%.1f", seconds)) s, "
              + "\(String(format: "%.1f MB/s", streamed / seconds)) on one core, \(quotations) quotations, "
              + "\(String(format: "%.1f", Double(outputBytes) / 1_048_576)) MB of JSON")
        print("peak memory: \(String(format: "%.1f", BenchSupport.peakMemoryMegabytes())) MB")
    }

    /// A seed as the end of a JSON Lines record: `,"text":…}` and a line feed (the id goes before it).
    private static func recordTail(_ seed: Document) -> [UInt8] {
        let text = String(decoding: seed.bytes, as: UTF8.self)
        let json = (try? JSONSerialization.data(withJSONObject: ["text": text])) ?? Data("{\"text\":\"\"}".utf8)
        return Array(",".utf8) + Array(json.dropFirst()) + [0x0A]
    }

    /// Writes records `{"id":"stream-N",…}` cycling through `tails` until `target` bytes of text are out.
    private static func writeRecords(_ tails: [[UInt8]], upTo target: Int, to descriptor: Int32) {
        var written = 0, number = 0
        var chunk: [UInt8] = []
        chunk.reserveCapacity(1 << 20)
        while written < target {
            for tail in tails where written < target {
                number += 1
                chunk.append(contentsOf: "{\"id\":\"stream-\(number)\"".utf8)
                chunk.append(contentsOf: tail)
                written += tail.count
                if chunk.count >= 1 << 20 { guard flush(&chunk, to: descriptor) else { return } }
            }
        }
        _ = flush(&chunk, to: descriptor)
    }

    /// Writes all of `chunk` and empties it; false when the reader has gone.
    private static func flush(_ chunk: inout [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < chunk.count {
            let count = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        chunk.removeAll(keepingCapacity: true)
        return true
    }
}
