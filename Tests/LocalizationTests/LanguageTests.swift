import Localization
import Testing

@Suite struct LanguageTests {
    @Test(arguments: [
        ("ja_JP.UTF-8", Language.ja), ("ja", .ja), ("ja-JP", .ja), ("JA_jp", .ja), ("ja_JP.eucJP@mod", .ja),
        ("en_US.UTF-8", .en), ("C", .en), ("POSIX", .en), ("C.UTF-8", .en), ("jav_ID", .en), ("", .en),
    ])
    func localeNames(name: String, language: Language) {
        #expect(Language(localeName: name) == language)
    }

    @Test func theFlagComesFirst() {
        #expect(Language.chosen(flag: .en, environment: ["ALBDOCTOR_LANG": "ja", "LANG": "ja_JP.UTF-8"]) == .en)
        #expect(Language.chosen(flag: .ja, environment: [:]) == .ja)
    }

    @Test func variablesInOrder() {
        #expect(Language.chosen(flag: nil, environment: [:]) == .en)
        #expect(Language.chosen(flag: nil, environment: ["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(Language.chosen(flag: nil, environment: ["LANGUAGE": "ja:en_US", "LANG": "en_US.UTF-8"]) == .ja)
        #expect(Language.chosen(flag: nil, environment: ["LANGUAGE": "en_US:ja", "LANG": "ja_JP.UTF-8"]) == .en)
        #expect(Language.chosen(flag: nil, environment: ["LC_MESSAGES": "ja_JP.UTF-8", "LANGUAGE": "en"]) == .ja)
        #expect(Language.chosen(flag: nil, environment: ["LC_ALL": "C", "LC_MESSAGES": "ja_JP.UTF-8"]) == .en)
        #expect(Language.chosen(flag: nil, environment: ["ALBDOCTOR_LANG": "ja", "LC_ALL": "C"]) == .ja)
        #expect(Language.chosen(flag: nil, environment: ["ALBDOCTOR_LANG": "", "LC_ALL": "", "LANG": "ja_JP.UTF-8"]) == .ja, "an empty variable is unset")
    }

    @Test func textsFallBackToEnglishOnlyWhenTheCatalogHasNoJapanese() {
        let both = LocalizedText(english: "No findings.", japanese: "指摘はありません。")
        #expect(both(.ja) == "指摘はありません。" && both(.en) == "No findings.")
        let english = LocalizedText(english: "Could not verify that x.")
        #expect(english(.ja) == "Could not verify that x.")
        #expect(both.appending(english).japanese == nil, "a Japanese sentence is not glued to an English one")
        #expect(both.appending("\n  code").japanese == "指摘はありません。\n  code")
    }

    @Test func spacingBetweenLatinAndJapanese() {
        #expect("が使う" + JapaneseSpacing.after("VPC のメインルートテーブル") == "が使う VPC のメインルートテーブル")
        #expect("が使う" + JapaneseSpacing.after("ルートテーブル rtb-1") == "が使うルートテーブル rtb-1")
        #expect(JapaneseSpacing.before("ルートテーブル rtb-1") + "は" == "ルートテーブル rtb-1 は")
        #expect(JapaneseSpacing.before("VPC のメインルートテーブル") + "は" == "VPC のメインルートテーブルは")
        // Terraform's addresses end with an index: still apart from the Japanese that follows.
        #expect(JapaneseSpacing.before("aws_route_table.private[0]") + "には" == "aws_route_table.private[0] には")
        #expect("が使う" + JapaneseSpacing.after("\"main\"") == "が使う \"main\"")
        #expect(JapaneseSpacing.before("（なし）") + "は" == "（なし）は")
        // A question already ends its sentence.
        #expect(JapaneseSpacing.sentence("b の間違いではありませんか？") == "b の間違いではありませんか？")
        #expect(JapaneseSpacing.sentence("見つかりません") == "見つかりません。")
    }
}

@Suite struct JapaneseSentenceTests {
    @Test func anEnglishDetailEndsWithItsOwnFullStop() {
        #expect(JapaneseSpacing.sentence("Subnet1 has no AvailabilityZone, so AWS picks one") == "Subnet1 has no AvailabilityZone, so AWS picks one.")
        #expect(JapaneseSpacing.sentence("the template says so.") == "the template says so.")
        #expect(JapaneseSpacing.sentence("サブネットが不明です（x）") == "サブネットが不明です（x）。")
        #expect(JapaneseSpacing.sentence("ルートがありません。") == "ルートがありません。")
    }
}

@Suite struct JapaneseSentenceThenMoreTests {
    @Test func aSpaceOnlyAfterAnEnglishFullStop() {
        #expect(JapaneseSpacing.sentenceBeforeMore("does not read the registry") + "これらを" == "does not read the registry. これらを")
        #expect(JapaneseSpacing.sentenceBeforeMore("ルートがありません") + "これらを" == "ルートがありません。これらを")
    }
}
