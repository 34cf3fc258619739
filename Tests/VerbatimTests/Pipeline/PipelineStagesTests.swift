import Testing
@testable import Verbatim

/// The stage list is the one the extractor runs and the bench times: the extractor runs every stage but the
/// output, which its caller writes and charges last.
@Suite struct PipelineStagesTests {
    @Test func theExtractorRunsEveryStageButTheOutputInDeclaredOrder() {
        #expect(PipelineStage.extraction + [.output] == PipelineStage.allCases)
        #expect(StageClock().nanoseconds.count == PipelineStage.allCases.count)
    }
}
