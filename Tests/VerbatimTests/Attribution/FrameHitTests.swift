import Testing
@testable import Verbatim

@Suite struct FrameHitTests {
    @Test func groupsGoToTheirSlotsAndBack() {
        let hit = FrameHit(frame: "f", range: 0..<20, groups: ["verb": 0..<4, "name": 5..<12, "outlet": 13..<16, "stray": 1..<2])
        #expect(hit[.verb] == 0..<4 && hit[.name] == 5..<12 && hit[.outlet] == 13..<16 && hit[.org] == nil)
        #expect(hit["name"] == 5..<12 && hit["stray"] == nil)
        #expect(hit.groups == ["verb": 0..<4, "name": 5..<12, "outlet": 13..<16])
    }

    @Test func aHitNamesASourceOnlyWithASourceGroup() {
        var hit = FrameHit(frame: "f", range: 0..<9)
        hit[.verb] = 0..<4
        hit[.affiliation] = 5..<9
        #expect(!hit.namesSource)
        for slot in FrameHit.Group.allCases where slot.isSource {
            var named = hit
            named[slot] = 5..<9
            #expect(named.namesSource, "\(slot)")
        }
    }
}
