import Foundation
import Testing
@testable import Verbatim

/// Speaker clustering across articles: each matching rule, and close names that are different people.
@Suite struct VerificationSpeakerClusteringTests {
    @Test func transliterationsAreOnePerson() throws {
        let found = try Verified([
            ("a.txt", "Russian Foreign Minister Sergei Lavrov met reporters in Beijing. \"We will not accept any new sanctions against our partners,\" Lavrov said."),
            ("b.txt", "\"We will not accept any new sanctions on our partners,\" said Sergey Lavrov, the Russian foreign minister."),
        ])
        let person = try #require(found.speaker("a.txt", "Sergei Lavrov"))
        #expect(person.mentions.contains { $0.path == "b.txt" && $0.text == "Sergey Lavrov" })
        #expect(person.mentions.contains { $0.path == "a.txt" && $0.text == "Lavrov" })
        let variant = try #require(found.findings("name-variant").first)
        #expect(variant.suggestion == person.name)
        #expect(found.text(of: variant) != person.name)
    }

    @Test func accentsAndCapitalsAreOnePersonAndTheAccentedSpellingIsCanonical() throws {
        let found = try Verified([
            ("a.txt", "Mathieu Duchâtel, director of international studies at the Institut Montaigne, said: \"Beijing wants options beyond Europe and the United States.\""),
            ("b.txt", "\"Beijing wants options beyond Europe and the United States,\" said Mathieu Duchatel, director of studies at the Institut Montaigne."),
        ])
        let person = try #require(found.speaker("b.txt", "Mathieu Duchatel"))
        #expect(person.name == "Mathieu Duchâtel")
        #expect(person.mentions.contains { $0.path == "a.txt" && $0.text == "Mathieu Duchâtel" })
        #expect(found.findings("name-variant").contains { $0.path == "b.txt" && $0.message.contains("accents") })
    }

    @Test func splitGivenNameAndOtherTransliterationAreOnePerson() throws {
        let found = try Verified([
            ("a.txt", "Li Mingjiang, an associate professor at Nanyang Technological University, said: \"The pressure is probably greater than it has been in years.\""),
            ("b.txt", "\"The pressure is probably greater than it has been in years,\" said Lee Ming Jiang, an associate professor in Singapore."),
        ])
        let person = try #require(found.speaker("a.txt", "Li Mingjiang"))
        #expect(person.mentions.contains { $0.path == "b.txt" && $0.text == "Lee Ming Jiang" })
        #expect(found.findings("name-variant").contains { $0.path == "b.txt" && $0.suggestion == "Li Mingjiang" })
    }

    @Test func familyNameFirstOrLastIsOnePerson() throws {
        let found = try Verified([
            ("a.txt", "Chinese President Xi Jinping said: \"Our friendship is as solid as a rock and will never change.\""),
            ("b.txt", "\"Our friendship is as solid as a rock and will never change,\" said Jinping Xi, the Chinese leader."),
        ])
        let person = try #require(found.speaker("a.txt", "Xi Jinping"))
        #expect(person.mentions.contains { $0.path == "b.txt" && $0.text == "Jinping Xi" })
        #expect(found.findings("name-variant").contains { $0.message.contains("order") })
    }

    @Test func initialsAndStrayPeriodsAreOnePerson() throws {
        let found = try Verified([
            ("a.txt", "Russian President Vladimir Putin arrived on Thursday. NATO Secretary General Jens Stoltenberg said: \"We live in a more dangerous world.\""),
            ("b.txt", "Russian President Vladimir V. Putin arrived on Thursday. \"We live in a more dangerous world,\" said NATO chief Jens. Stoltenberg warned."),
        ])
        let putin = try #require(found.person("b.txt", "Vladimir V. Putin"))
        #expect(putin.name == "Vladimir Putin")
        #expect(putin.mentions.contains { $0.path == "a.txt" && $0.text == "Vladimir Putin" })
        let stoltenberg = try #require(found.speaker("b.txt", "Jens. Stoltenberg"))
        #expect(stoltenberg.name == "Jens Stoltenberg")
        let garbled = try #require(found.findings("garbled-name").first { $0.path == "b.txt" })
        #expect(found.text(of: garbled) == "Jens. Stoltenberg")
        #expect(garbled.suggestion == "Jens Stoltenberg")
        #expect(garbled.severity == .error)
        #expect(!found.findings("name-variant").contains { $0.path == "b.txt" && found.text(of: $0) == "Vladimir V. Putin" })
    }

    @Test func nameBrokenApartIsJoinedWithEvidence() throws {
        let found = try Verified([
            ("a.txt", "Li Mingjiang, a professor of international relations at Fudan University, said the talks were routine. \"Nothing new was agreed,\" Li said."),
            ("b.txt", "\"Beijing wants a quiet summit with no surprises,\" said Li, a Fudan University professor of international relations. Ming Jiang said."),
        ])
        let person = try #require(found.speaker("b.txt", "Ming Jiang"))
        #expect(person.name == "Li Mingjiang")
        #expect(person.mentions.contains { $0.path == "b.txt" && $0.text == "Li" })
        let garbled = try #require(found.findings("garbled-name").first { $0.path == "b.txt" })
        #expect(found.text(of: garbled) == "Ming Jiang")
        #expect(garbled.suggestion == "Li Mingjiang")
        #expect(garbled.related.contains { $0.path == "b.txt" && found.text(of: $0) == "Li" })
        #expect(garbled.related.contains { $0.path == "a.txt" })
    }

    @Test func brokenNameWithoutSharedContextIsLeftAlone() throws {
        let found = try Verified([
            ("a.txt", "Li Mingjiang, a professor of international relations at Fudan University, said the talks were routine. \"Nothing new was agreed,\" Li said."),
            ("b.txt", "\"The harvest was the best in decades,\" said Li, a wheat farmer from Henan. Ming Jiang said."),
        ])
        #expect(found.findings("garbled-name").isEmpty)
        #expect(found.speaker("b.txt", "Ming Jiang")?.name != "Li Mingjiang")
    }

    @Test func nameFusedWithTheNextWordIsGarbled() throws {
        let found = try Verified([
            ("a.txt", "Evan Medeiros, a professor of Asian studies at Georgetown University, said: \"Strategic hedging works better than they imagined.\""),
            ("b.txt", "The approach is winning support at home, wrote Evan MedeirosProfessor of Asian Studies at Georgetown University."),
        ])
        let garbled = try #require(found.findings("garbled-name").first { $0.path == "b.txt" })
        #expect(found.text(of: garbled) == "Evan Medeiros")
        #expect(garbled.suggestion == "Evan Medeiros")
    }

    @Test func closeNamesStayApart() throws {
        let found = try Verified([
            ("a.txt", """
            Chinese President Xi Jinping spoke first. "Both sides want to avoid any surprises before the summit," Xi said.

            Foreign Minister Wang Yi said: "The talks were frank and very useful for both sides."
            """),
            ("b.txt", """
            Xiao Bin, a Beijing-based expert, said: "Russia needs markets more than ever before this winter."

            Wang Wenbin, a foreign ministry spokesperson, said: "China will keep an objective and fair position on this matter."
            """),
        ])
        let xi = try #require(found.speaker("a.txt", "Xi Jinping"))
        let xiao = try #require(found.speaker("b.txt", "Xiao Bin"))
        #expect(xi.name != xiao.name)
        let wangYi = try #require(found.speaker("a.txt", "Wang Yi"))
        let wangWenbin = try #require(found.speaker("b.txt", "Wang Wenbin"))
        #expect(wangYi.name != wangWenbin.name)
        #expect(found.findings("name-variant").isEmpty)
    }

    @Test func twoIvanovsWithDifferentAffiliationsStayApart() throws {
        let found = try Verified([
            ("a.txt", "Philipp Ivanov, a China-Russia analyst and founder of a consultancy, said trade was growing. \"Trade will keep growing through third countries,\" Ivanov said."),
            ("b.txt", "Sergei Ivanov, the Kremlin chief of staff, said the visit was a success. \"This visit opens a new chapter in our relations,\" Ivanov said."),
        ])
        let philipp = try #require(found.speaker("a.txt", "Ivanov"))
        let sergei = try #require(found.speaker("b.txt", "Ivanov"))
        #expect(philipp.name == "Philipp Ivanov")
        #expect(sergei.name == "Sergei Ivanov")
    }

    @Test func shortMentionsGoToThePersonNamedInTheDocument() throws {
        let found = try Verified([
            ("a.txt", "Manoj Kewalramani, head of research at the Takshashila Institution, said: \"Russia is the cornerstone of China’s grand strategy.\" Later Mr Kewalramani added that \"both countries see each other as a force multiplier,\" Kewalramani said."),
        ])
        let person = try #require(found.speaker("a.txt", "Manoj Kewalramani"))
        #expect(person.mentions.contains { $0.text == "Kewalramani" })
        #expect(person.mentions.contains { $0.text == "Mr Kewalramani" })
    }

    @Test func bareSurnameTiesToTheIntroducedPersonOfAnotherArticle() throws {
        let found = try Verified([
            ("a.txt", "Russian Foreign Minister Sergei Lavrov met his counterpart. \"We will not accept any new sanctions against our partners,\" he said."),
            ("b.txt", """
            "Moscow will answer every new sanction with its own measures, as before," Lavrov said.
            China said it strictly monitors military exports and denies any trade with Russia.
            """),
        ])
        #expect(found.speaker("b.txt", "Lavrov")?.name == "Sergei Lavrov")
        #expect(found.speaker("b.txt", "China") == nil)
    }

    @Test func bylinesAndPhotoCreditsAreNeverSpeakers() throws {
        let found = try Verified([
            ("a.txt", """
            "We live in a more dangerous world," said Sergei Lavrov, the Russian foreign minister.
            Sergei Lavrov/AP
            Photo: Wang Aoli
            Wang Aoli contributed reporting.
            """),
        ])
        let lavrov = try #require(found.speaker("a.txt", "Sergei Lavrov"))
        #expect(lavrov.mentions.count == 1)
        #expect(found.speaker("a.txt", "Wang Aoli") == nil)
    }

    @Test func placesAndOrganisationsAreNotSpeakers() throws {
        let found = try Verified([
            ("a.txt", "The United States says exports for military use will help Russia. China said it strictly monitors military exports and denies any such trade with Russia."),
        ])
        #expect(found.report.speakers.isEmpty)
    }

    @Test func knownNamesFileGivesTheCanonicalName() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("known-\(UUID().uuidString).yml").path
        try "names:\n  - {name: Sergei V. Lavrov, variants: [Sergey Lavrov]}\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let found = try Verified([
            ("a.txt", "\"We will not accept any new sanctions against our partners,\" said Sergey Lavrov, the Russian foreign minister."),
        ], knownNamesFile: file)
        #expect(found.speaker("a.txt", "Sergey Lavrov")?.name == "Sergei V. Lavrov")
    }

    @Test func mostCompleteBestAttestedSpellingIsCanonical() throws {
        let found = try Verified([
            ("a.txt", "Russian President Vladimir V. Putin said: \"Moscow is ready to work with all partners in Asia and beyond.\""),
            ("b.txt", "Russian President Vladimir Putin spoke on Friday. Putin said: \"Moscow is ready to work with everyone.\""),
            ("c.txt", "Russian President Vladimir Putin arrived on Thursday."),
        ])
        #expect(found.speaker("a.txt", "Vladimir V. Putin")?.name == "Vladimir Putin")
        #expect(found.speaker("c.txt", "Vladimir Putin") != nil)
    }
}
