#include "normalize/normalizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "eval/error_rate.h"

namespace finsam {
namespace {

class NormalizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto normalizer = Normalizer::Create(NormalizerConfig{});
    ASSERT_TRUE(normalizer.ok()) << normalizer.status().ToString();
    normalizer_ = std::move(normalizer).value().release();
  }
  static void TearDownTestSuite() {
    delete normalizer_;
    normalizer_ = nullptr;
  }
  static Normalizer* normalizer_;
};

Normalizer* NormalizerTest::normalizer_ = nullptr;

size_t Lines(const std::string& text) {
  return std::count(text.begin(), text.end(), '\n');
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Seed 000's opening, as Tesseract read it (folded and garbled letters,
// digit grouping lost).
constexpr const char* kOcrPage =
    "1. Forvaltningsberattelse\n"
    "\n"
    "Arsredovisningen innehaller en 6versiktlig redogorelse av resultat och\n"
    "verksamhetsutveckling samt en redovisning av det ekonomiska utfallet "
    "for ar 2023.\n"
    "\f\n"
    "Samordningsférbundet &r en fristdende juridisk organisation med "
    "Arbetsférmedlingen,\n"
    "Forsakringskassan, Region Orebro ldn samt Lekeberg och Orebro kommun.\n"
    "Arets resultat blev 8036515 kr och eget kapital 55% av tilldelningen.\n";

// Why a word changed: the chosen reading's score and the written word's,
// feature by feature, only when asked.
TEST_F(NormalizerTest, ExplainsLetterDecisionsWhenAsked) {
  NormalizeOptions options;
  options.numbers = false;
  const std::string text = "Forbundet har varit verksamt under ar 2023.\n";
  const NormalizedText quiet = normalizer_->Normalize(text, options);
  ASSERT_FALSE(quiet.edits.empty());
  for (const Edit& e : quiet.edits) EXPECT_EQ(e.why, "");
  options.explain = true;
  const NormalizedText out = normalizer_->Normalize(text, options);
  EXPECT_EQ(out.text, "Förbundet har varit verksamt under år 2023.\n");
  const auto year = std::find_if(out.edits.begin(), out.edits.end(),
                                 [](const Edit& e) { return e.after == "år"; });
  ASSERT_NE(year, out.edits.end());
  // "år" before a year: context speaks for it and against "ar" as written.
  EXPECT_EQ(year->why.rfind("år ", 0), 0u) << year->why;
  EXPECT_NE(year->why.find(" folded -"), std::string::npos) << year->why;
  EXPECT_NE(year->why.find(" context +"), std::string::npos) << year->why;
  EXPECT_NE(year->why.find("; as written "), std::string::npos) << year->why;
}

TEST_F(NormalizerTest, RestoresLettersAndNumbersKeepingLines) {
  const NormalizedText out = normalizer_->Normalize(kOcrPage, {});
  EXPECT_EQ(Lines(out.text), Lines(kOcrPage));
  EXPECT_EQ(out.text,
            "1. Förvaltningsberättelse\n"
            "\n"
            "Årsredovisningen innehåller en översiktlig redogörelse av "
            "resultat och\n"
            "verksamhetsutveckling samt en redovisning av det ekonomiska "
            "utfallet för år 2023.\n"
            "\f\n"
            "Samordningsförbundet är en fristående juridisk organisation med "
            "Arbetsförmedlingen,\n"
            "Försäkringskassan, Region Örebro län samt Lekeberg och Örebro "
            "kommun.\n"
            "Årets resultat blev 8 036 515 kr och eget kapital 55 % av "
            "tilldelningen.\n");
}

TEST_F(NormalizerTest, EditsAreListedInInputOrder) {
  const NormalizedText out =
      normalizer_->Normalize("Dnr\nRegion Orebro 14n, 8036515 kr\n", {});
  ASSERT_GE(out.edits.size(), 3u);
  EXPECT_EQ(out.edits[0].line, 2);
  EXPECT_EQ(out.edits[0].column, 8);
  EXPECT_EQ(out.edits[0].before, "Orebro");
  EXPECT_EQ(out.edits[0].after, "Örebro");
  EXPECT_EQ(out.edits[0].reason, "folded");
  EXPECT_EQ(out.edits[1].before, "14n");
  EXPECT_EQ(out.edits[1].reason, "ocr-confusion");
  for (size_t i = 1; i < out.edits.size(); ++i) {
    EXPECT_TRUE(out.edits[i - 1].line < out.edits[i].line ||
                (out.edits[i - 1].line == out.edits[i].line &&
                 out.edits[i - 1].column <= out.edits[i].column));
  }
}

TEST_F(NormalizerTest, HalvesCanBeSwitchedOff) {
  const std::string text = "Forsakringskassan betalade 8036515 kr.";
  NormalizeOptions no_letters;
  no_letters.letters = false;
  EXPECT_EQ(normalizer_->Normalize(text, no_letters).text,
            "Forsakringskassan betalade 8 036 515 kr.");
  NormalizeOptions no_numbers;
  no_numbers.numbers = false;
  EXPECT_EQ(normalizer_->Normalize(text, no_numbers).text,
            "Försäkringskassan betalade 8036515 kr.");
}

TEST_F(NormalizerTest, MinConfidenceWithholdsAndLists) {
  NormalizeOptions strict;
  strict.min_confidence = 1.01f;
  strict.numbers = false;
  const std::string text = "Forsakringskassan och Arbetsformedlingen";
  const NormalizedText out = normalizer_->Normalize(text, strict);
  EXPECT_EQ(out.text, text);
  EXPECT_TRUE(out.edits.empty());
  ASSERT_EQ(out.uncertain.size(), 2u);
  EXPECT_EQ(out.uncertain[1].after, "Arbetsförmedlingen");
}

TEST_F(NormalizerTest, EmptyAndLineOnlyInputs) {
  for (const char* text : {"", "\n", "\n\n\f\n", "ingen ändring\n"}) {
    const NormalizedText out = normalizer_->Normalize(text, {});
    EXPECT_EQ(out.text, text);
    EXPECT_TRUE(out.edits.empty());
  }
}

TEST_F(NormalizerTest, SurvivesArbitraryBytesAndKeepsLines) {
  // Invalid UTF-8, Latin-1 bytes, CRLF, form feeds, NULs and long tokens:
  // no crash, as many lines out as in.
  std::string text = "f\xF6r \xC3 Forsakringskassan\r\n\f\n";
  text += std::string("a\0b", 3) + " 6\xE9\xFF&&&1344 " +
          std::string(5000, 'o') + "\n";
  uint32_t state = 12345;
  for (int i = 0; i < 20000; ++i) {
    state = state * 1103515245u + 12345u;
    text.push_back(static_cast<char>((state >> 16) & 0xFF));
  }
  const NormalizedText out = normalizer_->Normalize(text, {});
  EXPECT_EQ(Lines(out.text), Lines(text));
}

TEST_F(NormalizerTest, ConcurrentCallsGiveIdenticalResults) {
  const std::string text = std::string(kOcrPage) + kOcrPage + kOcrPage;
  const NormalizedText expected = normalizer_->Normalize(text, {});
  NormalizedText a, b;
  std::thread ta([&] {
    for (int i = 0; i < 5; ++i) a = normalizer_->Normalize(text, {});
  });
  std::thread tb([&] {
    for (int i = 0; i < 5; ++i) b = normalizer_->Normalize(text, {});
  });
  ta.join();
  tb.join();
  EXPECT_EQ(a.text, expected.text);
  EXPECT_EQ(b.text, expected.text);
  EXPECT_EQ(a.edits.size(), expected.edits.size());
  EXPECT_EQ(b.edits.size(), expected.edits.size());
}

TEST(NormalizerLexiconTest, UserLexiconWordsAreAcceptedAndPreferred) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "finsam_lexicon_test.txt")
          .string();
  {
    std::ofstream out(path);
    out << "# programme names\nKvarnbäcksgården\n";
  }
  const std::string text = "Insatsen Kvarnbacksgarden i Lekeberg.";
  NormalizeOptions options;
  options.numbers = false;

  auto plain = Normalizer::Create(NormalizerConfig{});
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ((*plain)->Normalize(text, options).text, text);

  NormalizerConfig config;
  config.lexicon_files = {path};
  auto with_lexicon = Normalizer::Create(config);
  ASSERT_TRUE(with_lexicon.ok()) << with_lexicon.status().ToString();
  EXPECT_EQ((*with_lexicon)->Normalize(text, options).text,
            "Insatsen Kvarnbäcksgården i Lekeberg.");
  std::remove(path.c_str());
}

TEST(NormalizerLexiconTest, MissingFilesAreErrors) {
  NormalizerConfig config;
  config.lexicon_files = {"/nonexistent/names.txt"};
  auto missing_lexicon = Normalizer::Create(config);
  ASSERT_FALSE(missing_lexicon.ok());
  EXPECT_EQ(missing_lexicon.status().code(), ErrorCode::kNotFound);

  NormalizerConfig no_data;
  no_data.data_dir = "/nonexistent";
  auto missing_data = Normalizer::Create(no_data);
  ASSERT_FALSE(missing_data.ok());
  EXPECT_EQ(missing_data.status().code(), ErrorCode::kDataMissing);
}

// Real OCR against its hand correction: the word error rate must fall by at
// least 75 % (measured: ~86 %). Benchmarks print the full figures
// (scripts/bench-normalize).
TEST_F(NormalizerTest, ReducesWordErrorsOnSeed000) {
  const std::filesystem::path shared(FINSAM_SHARED_DIR);
  const std::filesystem::path gold = shared / "corpus" / "000.gold.txt";
  std::filesystem::path seed;
  if (std::filesystem::exists(shared / "seeds")) {
    for (const auto& entry :
         std::filesystem::directory_iterator(shared / "seeds")) {
      if (entry.path().filename().string().rfind("000_", 0) == 0) {
        seed = entry.path();
      }
    }
  }
  if (!std::filesystem::exists(gold) || seed.empty()) {
    GTEST_SKIP() << "../shared (seed 000 and its gold) not present";
  }
  const std::string source = ReadFile(seed.string());
  const std::string reference = ReadFile(gold.string());
  const NormalizedText out = normalizer_->Normalize(source, {});
  EXPECT_EQ(Lines(out.text), Lines(source));
  const ErrorCount before = WordErrors(reference, source);
  const ErrorCount after = WordErrors(reference, out.text);
  const double reduction =
      1.0 - static_cast<double>(after.errors) / before.errors;
  EXPECT_GE(reduction, 0.75)
      << "WER before " << before.rate() << " after " << after.rate();
}

}  // namespace
}  // namespace finsam
