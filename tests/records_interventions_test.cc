// Interventions from follow-up matrices, clean and OCR-damaged.
#include <gtest/gtest.h>

#include "records/interventions.h"

namespace finsam::records {
namespace {

constexpr const char* kMatrices =
    "Uppföljning och resultat för individinriktade insatser\n"
    "\n"
    "Samverkansteamet Örebro\n"
    "\n"
    "Insatsägare Örebro kommun.\n"
    "Typ av insats Vägledning, kartläggning och uppföljning.\n"
    "Resultatmål, utfall 1. Arbeta med minst 95 individer under året.\n"
    "92 individer, 50 kvinnor och 42 män; 45 kartläggningar,\n"
    "3. Budgetmål.\n"
    "93 %, 1 080 967 kr är förbrukat av helårsbudgeten\n"
    "1 165 693 kr. Mindre kostnader för regionens resurs,\n"
    "Coachingteamet Lekeberg\n"
    "Insatsdgare Lekebergs kommun.\n"
    "1. Arbeta med 40 individer totalt under året.\n"
    "37 individer, 18 kvinnor och 19 män.\n"
    "100 %, helårsbudgeten på 569 978 kr är förbrukad.\n"
    "Uppföljning och resultat för strukturövergripande insatser\n"
    "Samverkansträff\n"
    "\n"
    "Insatsägare och Försäkringskassan (samordnande part), Arbetsförmedlingen\n"
    "\n"
    "samverkansparter och Region Örebro län.\n"
    "Antal deltagare 61.\n"
    "Budget Ingår i budget för strukturövergripande insatser, strukturell\n"
    "samverkan. Utfall: 9 000 kr\n"
    "Välfärdsguiden (tidigare Insatskatalogen)\n"
    "Insatsägare och\n"
    "\n"
    "Samordningsförbundet Centrala Östergötland (SCO). Finsam\n"
    "samverkansparter Lekeberg och Örebro nyttjar konceptet.\n"
    "Antal deltagare Ca 1 900 unika besök i Välfärdsguiden för året.\n"
    "Budget Budget: 192 000. Utfall: 180 000 kr.\n";

TEST(ExtractInterventions, FollowUpMatrices) {
  std::vector<Intervention> iv =
      ExtractInterventions(SplitRecordText(kMatrices), 2023);
  ASSERT_EQ(iv.size(), 4u);
  EXPECT_EQ(iv[0].name, "Samverkansteamet Örebro");
  EXPECT_EQ(iv[0].owner, "Örebro kommun");
  EXPECT_EQ(iv[0].kind, "individinriktad");
  EXPECT_EQ(iv[0].year, 2023);
  EXPECT_EQ(iv[0].budget, 1165693);
  EXPECT_EQ(iv[0].outcome, 1080967);
  EXPECT_EQ(iv[0].participants, 92);  // not the goal of 95

  EXPECT_EQ(iv[1].name, "Coachingteamet Lekeberg");  // OCR "Insatsdgare"
  EXPECT_EQ(iv[1].owner, "Lekebergs kommun");
  EXPECT_EQ(iv[1].budget, 569978);
  EXPECT_FALSE(iv[1].outcome.has_value());  // only "100 %" printed
  EXPECT_EQ(iv[1].participants, 37);

  EXPECT_EQ(iv[2].kind, "strukturövergripande");
  EXPECT_EQ(iv[2].owner,
            "Försäkringskassan (samordnande part), Arbetsförmedlingen och "
            "Region Örebro län");
  EXPECT_FALSE(iv[2].budget.has_value());
  EXPECT_EQ(iv[2].outcome, 9000);
  EXPECT_EQ(iv[2].participants, 61);

  EXPECT_EQ(iv[3].owner, "Samordningsförbundet Centrala Östergötland (SCO)");
  EXPECT_EQ(iv[3].budget, 192000);
  EXPECT_EQ(iv[3].outcome, 180000);
  EXPECT_EQ(iv[3].participants, 1900);
}

// Seed 003, a plan converted to text: a table of labels and values under
// each intervention, its period in the heading, its budget in a cell.
TEST(ExtractInterventions, APlansTablesOfLabelsAndValues) {
  RecordText text = SplitRecordText(
      "### 4.3 Individinriktade insatser\n"
      "<b>Coachingteamet Lekeberg 2024-01-01 – 2024-12-31</b>\t\n"
      "<b>Insatsägare</b>\tLekebergs kommun\n"
      "<b>Samverkansparter</b>\tArbetsförmedlingen, Försäkringskassan\n"
      "<b>Antal deltagare</b>\t40.\n"
      "<b>Budget</b>\t546 000 kr.\n"
      "### 4.4 Strukturövergripande insatser\n"
      "<b>Välfärdsguiden</b>\n"
      "<b>Insatsägare och samverkansparter</b>\tSamordningsförbundet "
      "Centrala Östergötland. Finsam Lekeberg och Örebro nyttjar konceptet.\n"
      "<b>Budget</b>\t189 000 kr (årsavgift 37 800 kr).\n");
  const std::vector<Intervention> out = ExtractInterventions(text, 2024);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].name, "Coachingteamet Lekeberg");
  EXPECT_EQ(out[0].owner, "Lekebergs kommun");
  EXPECT_EQ(out[0].kind, "individinriktad");
  EXPECT_EQ(out[0].budget, 546000);
  EXPECT_EQ(out[0].participants, 40);
  EXPECT_FALSE(out[0].outcome.has_value());
  EXPECT_EQ(out[1].name, "Välfärdsguiden");
  EXPECT_EQ(out[1].owner, "Samordningsförbundet Centrala Östergötland");
  EXPECT_EQ(out[1].kind, "strukturövergripande");
  EXPECT_EQ(out[1].budget, 189000);
}

TEST(ExtractInterventions, NoneWithoutOwnerLines) {
  EXPECT_TRUE(
      ExtractInterventions(
          SplitRecordText("Insatser under året\nText om insatser.\n"), 2023)
          .empty());
}

TEST(ExtractInterventions, ParticipantsLostToOcrAreTheWomenAndMen) {
  constexpr const char* kMatrix =
      "Mottagningsteamet Lekeberg\n"
      "Insatsägare Lekebergs kommun.\n"
      "Resultatmål 1. Arbeta med 20 individer.\n"
      "ev. avvikelseorsak . individer, 6 kvinnor och 7 män; 4 vägledningar\n";
  std::vector<Intervention> iv =
      ExtractInterventions(SplitRecordText(kMatrix), 2023);
  ASSERT_EQ(iv.size(), 1u);
  EXPECT_EQ(iv[0].participants, 13);  // not the goal of 20
}

TEST(ExtractInterventions, SubProjectWithItsOwnBudgetInsideASection) {
  constexpr const char* kSection =
      "Coachingteamet Örebro\n"
      "Insatsägare Örebro kommun.\n"
      "3. Budgetmål.\n"
      "97 %, 3 879 088 kr är förbrukat av helårsbudgeten 3 997 000 kr.\n"
      "\n"
      "Coachingteamet Örebro, Arbetsträningsplatser på Rosängen\n"
      "\n"
      "Coachingteamet Örebro har köpt arbetsträningsplatser. Av de totalt 4\n"
      "deltagare har 2 av dem höjt sin aktivitetsnivå. Budget: 158 724 kr.\n"
      "Utfall: 171 473 kr.\n"
      "\n"
      "Coachingteamens medverkan i att öka upptäckten av våld\n"
      "\n"
      "Förbundet ingår i ett projekt. Budgeten ingår i teamens.\n";
  std::vector<Intervention> iv =
      ExtractInterventions(SplitRecordText(kSection), 2023);
  ASSERT_EQ(iv.size(), 2u);
  EXPECT_EQ(iv[0].name, "Coachingteamet Örebro");
  EXPECT_EQ(iv[0].budget, 3997000);   // the section's own goal, not the
  EXPECT_EQ(iv[0].outcome, 3879088);  // sub-project's figures
  EXPECT_EQ(iv[1].name,
            "Coachingteamet Örebro, Arbetsträningsplatser på Rosängen");
  EXPECT_EQ(iv[1].owner, "Örebro kommun");
  EXPECT_EQ(iv[1].year, 2023);
  EXPECT_EQ(iv[1].budget, 158724);
  EXPECT_EQ(iv[1].outcome, 171473);
  EXPECT_EQ(iv[1].participants, 4);
}

}  // namespace
}  // namespace finsam::records
