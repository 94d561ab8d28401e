// The restorer's parts on their own: candidate generator, compound
// builder, damage estimate, scorer, and the line splicing they feed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "lang/lexicon.h"
#include "lang/swedish_dictionary.h"
#include "lang/vocabulary.h"
#include "normalize/candidate_generator.h"
#include "normalize/compound_builder.h"
#include "normalize/damage_estimate.h"
#include "normalize/diacritic_restorer.h"
#include "normalize/reading_scorer.h"
#include "normalize/restorer_weights.h"
#include "tests/testing/files.h"

namespace finsam {
namespace {

namespace w = restorer_weights;

class RestorerPartsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lexicon = Lexicon::Load(testing::BuildLexiconDir(), {});
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
    lexicon_ = std::move(lexicon).value().release();
    auto dictionary = SwedishDictionary::Open();
    ASSERT_TRUE(dictionary.ok()) << dictionary.status().ToString();
    dictionary_ = std::move(dictionary).value().release();
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    delete dictionary_;
  }
  static CompoundBuilder::KnowsWord Knows() {
    return [](const std::string& word) { return dictionary_->Contains(word); };
  }
  static const Candidate* Find(const WordAnalysis& a, const std::string& word) {
    for (const Candidate& c : a.candidates) {
      if (c.word == word) return &c;
    }
    return nullptr;
  }

  static Lexicon* lexicon_;
  static SwedishDictionary* dictionary_;
  const AttestedWords none_;  // no archive, no document words
};

Lexicon* RestorerPartsTest::lexicon_ = nullptr;
SwedishDictionary* RestorerPartsTest::dictionary_ = nullptr;

TEST_F(RestorerPartsTest, GeneratorOffersFoldedDroppedOcrAndSplitReadings) {
  const CandidateGenerator generator(*lexicon_, Knows(), none_);
  const WordAnalysis folded = generator.Analyze("for");
  EXPECT_TRUE(folded.known);
  const Candidate* for_ = Find(folded, "för");
  ASSERT_NE(for_, nullptr);
  EXPECT_EQ(for_->folded[kUmlautO], 1);
  EXPECT_STREQ(for_->reason(), "folded");
  EXPECT_EQ(Find(folded, "for"), nullptr) << "never the word as written";

  const WordAnalysis dropped = generator.Analyze("mjligheter");
  const Candidate* mojligheter = Find(dropped, "möjligheter");
  ASSERT_NE(mojligheter, nullptr);
  EXPECT_EQ(mojligheter->dropped_letters(), 1);
  EXPECT_STREQ(mojligheter->reason(), "dropped");

  const WordAnalysis ocr = generator.Analyze("6versiktlig");
  const Candidate* oversiktlig = Find(ocr, "översiktlig");
  ASSERT_NE(oversiktlig, nullptr);
  EXPECT_TRUE(oversiktlig->ocr);
  EXPECT_EQ(oversiktlig->strong_ocr, 1);

  const WordAnalysis split = generator.Analyze("detfinns");
  ASSERT_NE(Find(split, "det finns"), nullptr);
  EXPECT_STREQ(Find(split, "det finns")->reason(), "split");
}

TEST_F(RestorerPartsTest, CompoundBuilderRebuildsFromListedParts) {
  const CompoundBuilder builder(*lexicon_, Knows());
  Candidate c;
  ASSERT_TRUE(builder.Build("samordningsforbundsmotet", true, &c));
  EXPECT_EQ(c.word, "samordningsförbundsmötet");
  EXPECT_TRUE(c.compound);
  EXPECT_EQ(c.folded[kUmlautO], 2);
  // A listed word is no compound of parts.
  EXPECT_FALSE(builder.Build("samordningsforbundet", true, &c));
  // As written: split into listed parts, frequency from the rarest.
  Candidate written;
  ASSERT_TRUE(builder.Build("kontaktvagar", false, &written));
  EXPECT_EQ(written.word, "kontaktvagar");
  EXPECT_GE(written.frequency, w::kHunspellFloor);
  // Restored: "vägar" once hunspell rejects "kontaktvågar".
  Candidate restored;
  ASSERT_TRUE(builder.Build("kontaktvagar", true, &restored));
  EXPECT_EQ(restored.word, "kontaktvägar");
  // Too short to be a compound.
  EXPECT_FALSE(builder.Build("arshj", true, &c));
}

TEST_F(RestorerPartsTest, CompoundBuilderOffersSoundUnverifiedCompounds) {
  const CompoundBuilder builder(*lexicon_, Knows());
  Candidate c, unverified;
  EXPECT_FALSE(builder.Build("presidietmote", true, &c, &unverified));
  EXPECT_EQ(unverified.word, "presidietmöte");
  EXPECT_TRUE(unverified.unverified);
  EXPECT_EQ(unverified.frequency, w::kUnverifiedCompound);
  // "tidgare" is no "tid" + "ägare": a dropped first letter of a part.
  Candidate none, none_unverified;
  builder.Build("tidgarepapper", true, &none, &none_unverified);
  EXPECT_NE(none_unverified.word, "tidägarepapper");
}

TEST_F(RestorerPartsTest, DamageRatesFollowTheLinesAround) {
  const CandidateGenerator generator(*lexicon_, Knows(), none_);
  DamageEstimate estimate;
  // 40 lines that folded their ö, then 40 clean lines with ö.
  const WordAnalysis folded = generator.Analyze("forsakringskassan");
  const WordAnalysis clean = generator.Analyze("möjligheter");
  for (int i = 0; i < 80; ++i) {
    DamageCounts counts;
    if (i < 40) {
      ObserveWord(folded, "forsakringskassan", CasePattern::kLower, &counts);
    } else {
      ObserveWord(clean, "möjligheter", CasePattern::kLower, &counts);
    }
    estimate.AddLine(counts);
  }
  const DamageRates damaged = estimate.RatesAround(5, DamageCounts());
  const DamageRates sound = estimate.RatesAround(75, DamageCounts());
  EXPECT_GT(damaged.folded[kUmlautO], 0.8f);
  EXPECT_LT(sound.folded[kUmlautO], 0.2f);
  EXPECT_GE(sound.folded[kUmlautO], w::kMinRate);
  // A capitalised word nobody knows says nothing ("Draper").
  DamageCounts counts;
  ObserveWord(generator.Analyze("draper"), "draper", CasePattern::kCapitalized,
              &counts);
  EXPECT_EQ(counts.folded[kUmlautA] + counts.clean[kUmlautA], 0);
}

TEST_F(RestorerPartsTest, ScorerNamesEveryContribution) {
  const ReadingScorer scorer;
  WordSituation word;
  word.known = false;
  word.letters = 6;
  word.lower_case = false;
  word.capitalised_inside = true;
  word.name_like = true;
  Candidate c;
  c.word = "örebro";
  c.frequency = 20;
  c.preferred = true;
  c.proper = true;
  c.folded[kUmlautO] = 1;
  DamageRates rates = {{0.5f, 0.5f, 0.25f}, 0.01f, 0.05f};
  const ReadingScore score = scorer.ScoreReading(c, word, rates, 0, 1.5f);
  auto nats = [&](Feature f) { return score.nats[static_cast<size_t>(f)]; };
  EXPECT_NEAR(nats(Feature::kPrior), std::log(20.0), 1e-6);
  EXPECT_NEAR(nats(Feature::kFolded), std::log(0.25), 1e-6);
  EXPECT_DOUBLE_EQ(nats(Feature::kPreferred), std::log(w::kPreferred));
  EXPECT_DOUBLE_EQ(nats(Feature::kContext), 1.5);
  // A preferred name: no name-like or unattested-name penalty.
  EXPECT_EQ(nats(Feature::kNameLike), 0);
  EXPECT_EQ(nats(Feature::kUnattestedName), 0);
  double sum = 0;
  for (double n : score.nats) sum += n;
  EXPECT_NEAR(score.total, sum, 1e-9);
  const std::string why = score.Explain();
  EXPECT_NE(why.find("prior +3.00"), std::string::npos) << why;
  EXPECT_NE(why.find("preferred +0.69"), std::string::npos) << why;
  EXPECT_EQ(why.find("name-like"), std::string::npos) << why;

  // The same reading as a common word for a name-like word costs 0.001.
  c.preferred = false;
  c.proper = false;
  const ReadingScore common = scorer.ScoreReading(c, word, rates, 0, 0);
  EXPECT_DOUBLE_EQ(common.nats[static_cast<size_t>(Feature::kNameLike)],
                   std::log(w::kNameLikeCommonReading));

  // The word as written: unknown and long keeps less than unknown.
  WordSituation written;
  written.letters = w::kLongWord;
  EXPECT_DOUBLE_EQ(scorer.ScoreWritten(written, DamageRates{}, 0).total,
                   std::log(double{w::kUnknownLongKeep}));
  written.letters = 1;
  EXPECT_DOUBLE_EQ(scorer.ScoreWritten(written, DamageRates{}, 0).total,
                   std::log(double{w::kUnknownShortKeep}));
}

// English words no Swedish list knows (wamerican) are foreign words as
// written; folded Swedish that happens to be English still restores.
TEST_F(RestorerPartsTest, ForeignWordsKeepAsWrittenButFoldedSwedishRestores) {
  EXPECT_TRUE(lexicon_->IsForeign("performed"));
  EXPECT_TRUE(lexicon_->IsForeign("link"));
  EXPECT_FALSE(lexicon_->IsForeign("styrelsen"));
  EXPECT_FALSE(lexicon_->IsForeign("for"));  // Swedish too ("fara")
  EXPECT_FALSE(lexicon_->IsForeign("ab"));   // two letters: abbreviations

  const ReadingScorer scorer;
  WordSituation word;
  word.letters = 9;
  const double unknown = scorer.ScoreWritten(word, DamageRates{}, 0).total;
  word.foreign = true;
  const double foreign = scorer.ScoreWritten(word, DamageRates{}, 0).total;
  EXPECT_DOUBLE_EQ(foreign, std::log(double{w::kForeignKeep}));
  EXPECT_GT(foreign, unknown + 4);
  // A known Swedish word keeps its own frequency.
  word.known = true;
  word.frequency = 3;
  EXPECT_DOUBLE_EQ(scorer.ScoreWritten(word, DamageRates{}, 0).total,
                   std::log(3.0));

  auto restorer = DiacriticRestorer::Create(
      std::shared_ptr<const Lexicon>(lexicon_, [](const Lexicon*) {}));
  ASSERT_TRUE(restorer.ok());
  ASSERT_TRUE(lexicon_->IsForeign("mote"));
  const std::vector<std::string_view> lines = {
      "Styrelsen har under aret haft ett mote och arsstamman holls i maj."};
  const std::string out =
      ApplyEdits(lines, (*restorer)->Restore(lines, RestoreOptions{}));
  EXPECT_NE(out.find("ett möte och årsstämman hölls"), std::string::npos)
      << out;
}

// An abbreviation before a number is the abbreviation ("Org nr:
// 769617-1052", "bilaga nr 5"), even where a page lost its ä: build-lexicon
// writes one rule per data/abbreviations.tsv entry; a number after a colon
// still counts as the next word.
TEST_F(RestorerPartsTest, AbbreviationBeforeANumberStaysOnDroppedPages) {
  const auto& rules = lexicon_->ContextRulesFor("nr");
  const auto before_number =
      std::find_if(rules.begin(), rules.end(), [](const auto& rule) {
        return rule.next_match == Lexicon::ContextRule::Match::kNumber &&
               rule.previous_match == Lexicon::ContextRule::Match::kAny;
      });
  ASSERT_NE(before_number, rules.end());
  EXPECT_GE(before_number->weight, 4);

  auto restorer = DiacriticRestorer::Create(
      std::shared_ptr<const Lexicon>(lexicon_, [](const Lexicon*) {}));
  ASSERT_TRUE(restorer.ok());
  std::vector<std::string_view> lines;
  for (int i = 0; i < 6; ++i) {
    lines.push_back("Styrelsen har under ret haft sex mten i lokalen.");
    lines.push_back("Freningen r ett privatbostadsfretag och ger huset.");
    lines.push_back("Nr vi flyttade hade vi bott dr i tv r.");
  }
  lines.push_back("Org nr: 769617-1052");
  lines.push_back("Se bilaga nr 5 fr detaljer om rets resultat.");
  RestoreOptions explain;
  explain.explain = true;
  const std::vector<LetterEdit> edits = (*restorer)->Restore(lines, explain);
  const std::string out = ApplyEdits(lines, edits);
  EXPECT_NE(out.find("Org nr: 769617-1052"), std::string::npos) << out;
  EXPECT_NE(out.find("Se bilaga nr 5 för detaljer om årets"), std::string::npos)
      << out;
  // "När" opening a sentence on the same page is still restored.
  EXPECT_NE(out.find("När vi flyttade hade vi bott där i två år."),
            std::string::npos)
      << out;
}

// The archive's sound pages teach words no lexicon holds, and which of
// two readings the archive uses.
TEST_F(RestorerPartsTest, AttestedWordsAreReadingsAndMoveThePrior) {
  auto restorer = DiacriticRestorer::Create(
      std::shared_ptr<const Lexicon>(lexicon_, [](const Lexicon*) {}));
  ASSERT_TRUE(restorer.ok());
  Vocabulary archive;
  archive.Add("myggdalsvägen", true, 12);
  archive.Add("bäckström", true, 5);
  archive.Add("val", false, 40);
  archive.Add("av", false, 200);
  const std::vector<std::string_view> lines = {
      "Stamman holls pa Myggdalsvagen 3 med Anna Backstrom.",
      "Val av ordforande. Det ar forsta gangen for foreningen."};
  auto text = [&](const RestoreOptions& options) {
    return ApplyEdits(lines, (*restorer)->Restore(lines, options));
  };
  RestoreOptions plain;
  const std::string without = text(plain);
  // A street before its house number is rebuilt from parts even without
  // the archive; the name needs it.
  EXPECT_NE(without.find("Myggdalsvägen 3"), std::string::npos) << without;
  EXPECT_EQ(without.find("Bäckström"), std::string::npos) << without;
  // Minutes list their items "Val av ...": the election, never "väl".
  EXPECT_NE(without.find("Val av ordförande"), std::string::npos) << without;
  RestoreOptions taught;
  taught.explain = true;
  taught.vocabularies = {&archive};
  const std::string with = text(taught);
  EXPECT_NE(with.find("Myggdalsvägen 3 med Anna Bäckström."), std::string::npos)
      << with;
  EXPECT_NE(with.find("Val av ordförande."), std::string::npos) << with;
  EXPECT_NE(with.find("första gången för föreningen"), std::string::npos)
      << with;
  for (const LetterEdit& e : (*restorer)->Restore(lines, taught)) {
    if (e.after == "Myggdalsvägen") {
      EXPECT_NE(e.why.find("archive +"), std::string::npos) << e.why;
    }
  }
  // Null and empty vocabularies change nothing.
  RestoreOptions empty;
  const Vocabulary nothing;
  empty.vocabularies = {nullptr, &nothing};
  EXPECT_EQ(text(empty), without);
}

TEST(LineSplicingTest, AppliedEditsOnlyAndEveryLineKept) {
  const std::string text = "Forbundet ar\n\nunder ar 2023\n";
  const std::vector<std::string_view> lines = SplitLines(text);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[3], "");
  std::vector<LetterEdit> edits(3);
  edits[0] = {0, 0, 9, "Forbundet", "Förbundet", "folded", 1, true, ""};
  edits[1] = {0, 10, 12, "ar", "är", "folded", 0.5f, false, ""};
  edits[2] = {2, 6, 8, "ar", "år", "folded", 1, true, ""};
  EXPECT_EQ(ApplyEdits(lines, edits), "Förbundet ar\n\nunder år 2023\n");
}

// A word listed parts spell as written competes with its compound reading
// part by part, and pays for the letters the reading restores only as far
// as the page folds them: "fuktmatning" (fukt + matning) becomes
// "fuktmätning" on a folded page, "Bankkostnader" (bank, not bänk) and
// "kontaktvägar" come out right there, and a sound page keeps
// "Flygelgatans" (a street) and "Rumsgivare".
TEST_F(RestorerPartsTest, WrittenCompoundWeighedPartByPartAgainstItsReading) {
  const CandidateGenerator generator(*lexicon_, Knows(), none_);
  WordAnalysis a = generator.Analyze("flygelgatans");
  ASSERT_FALSE(a.known);
  const Candidate* read = Find(a, "flygelgåtans");
  ASSERT_NE(read, nullptr);
  // Neither "gatans" nor "gåtans" is counted: the parts tie.
  EXPECT_FLOAT_EQ(a.written_compound, read->frequency);
  // The å the reading puts back.
  EXPECT_EQ(
      a.written_unfolded[0] + a.written_unfolded[1] + a.written_unfolded[2], 1);

  const ReadingScorer scorer;
  WordSituation word;
  word.letters = 12;
  word.written_compound = a.written_compound;
  word.written_unfolded = a.written_unfolded;
  DamageRates folded{};
  folded.folded[0] = folded.folded[1] = folded.folded[2] = 0.9f;
  const double prior = std::log(double{a.written_compound});
  EXPECT_DOUBLE_EQ(scorer.ScoreWritten(word, DamageRates{}, 0).total, prior);
  EXPECT_NEAR(scorer.ScoreWritten(word, folded, 0).total,
              prior + w::kWrittenCompoundUnfolded * std::log(0.1), 1e-6);

  auto restorer = DiacriticRestorer::Create(
      std::shared_ptr<const Lexicon>(lexicon_, [](const Lexicon*) {}));
  ASSERT_TRUE(restorer.ok());
  const std::vector<std::string_view> damaged = {
      "Foreningen har under aret haft hoga bankkostnader och arsavgifterna "
      "hojdes. Styrelsen har sammantratt och beslutat att overlata fragan om "
      "kontaktvagar och fuktmatning till stamman."};
  const std::string out =
      ApplyEdits(damaged, (*restorer)->Restore(damaged, RestoreOptions{}));
  EXPECT_NE(out.find("höga bankkostnader"), std::string::npos) << out;
  EXPECT_NE(out.find("om kontaktvägar och fuktmätning till stämman"),
            std::string::npos)
      << out;
  const std::vector<std::string_view> sound = {
      "Styrelsen har under året träffats på Flygelgatans kontor. Rumsgivare "
      "byttes i källaren."};
  EXPECT_EQ(ApplyEdits(sound, (*restorer)->Restore(sound, RestoreOptions{})),
            std::string(sound[0]));
}

// A capitalised word before a house number is a street name, and street
// names are compounds no list holds: on a folded page "Myggdalsvagen 102"
// and "Tellusborgsvagen 94" are restored, while "Flygelgatan 5" (a street
// of "gatan", not "gåtan") stays, there and on a sound line.
TEST_F(RestorerPartsTest, StreetNameBeforeAHouseNumberIsRebuiltAsACompound) {
  auto restorer = DiacriticRestorer::Create(
      std::shared_ptr<const Lexicon>(lexicon_, [](const Lexicon*) {}));
  ASSERT_TRUE(restorer.ok());
  const std::vector<std::string_view> lines = {
      "Foreningen har under aret haft hoga kostnader och arsavgifterna "
      "hojdes. Styrelsen har sitt kontor, Myggdalsvagen 102, och motet holls "
      "dar i maj.",
      "Styrelsen har under aret traffats pa Flygelgatan 5, Tellusborgsvagen "
      "94 och Storgatan 12.",
      "Styrelsen har under året träffats på Flygelgatan 5, Tellusborgsvägen "
      "94 och Storgatan 12."};
  const std::string out =
      ApplyEdits(lines, (*restorer)->Restore(lines, RestoreOptions{}));
  EXPECT_NE(out.find("kontor, Myggdalsvägen 102, och mötet"), std::string::npos)
      << out;
  EXPECT_NE(out.find("träffats på Flygelgatan 5, Tellusborgsvägen 94 och "
                     "Storgatan 12.\nStyrelsen har under året träffats på "
                     "Flygelgatan 5, Tellusborgsvägen 94 och Storgatan 12."),
            std::string::npos)
      << out;
}

}  // namespace
}  // namespace finsam
