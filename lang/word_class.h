// Coarse parts of speech of a word (LexiconWord::word_class), as bits.
//
// The one definition: scripts/build-lexicon reads the tag after "//" on
// each line below (NSG, NPL, ...) to write words.tsv's class column and
// data/class_context.txt's rows, so the bits cannot drift apart. Tags
// name Apertium's analyses (apertium-swe-nor) as build-lexicon maps them.
#ifndef FINSAM_LANG_WORD_CLASS_H_
#define FINSAM_LANG_WORD_CLASS_H_

#include <cstdint>

namespace finsam::word_class {

// clang-format off
inline constexpr uint32_t kNounSingular = 1u << 0;               // NSG
inline constexpr uint32_t kNounPlural = 1u << 1;                 // NPL
inline constexpr uint32_t kNounDefinite = 1u << 2;               // NDEF
inline constexpr uint32_t kGenitive = 1u << 3;                   // GEN
inline constexpr uint32_t kProperNoun = 1u << 4;                 // NP
inline constexpr uint32_t kAdjective = 1u << 5;                  // ADJ
inline constexpr uint32_t kAdjectiveDefiniteOrPlural = 1u << 6;  // ADJA
inline constexpr uint32_t kInfinitive = 1u << 7;                 // VINF
inline constexpr uint32_t kPresent = 1u << 8;                    // VPRES
inline constexpr uint32_t kPast = 1u << 9;                       // VPAST
inline constexpr uint32_t kSupine = 1u << 10;                    // VSUPN
inline constexpr uint32_t kImperative = 1u << 11;                // VIMP
inline constexpr uint32_t kPastParticiple = 1u << 12;            // VPP
inline constexpr uint32_t kSubjectPronoun = 1u << 13;            // PRNNOM
inline constexpr uint32_t kObjectPronoun = 1u << 14;             // PRNACC
inline constexpr uint32_t kPronoun = 1u << 15;                   // PRN
inline constexpr uint32_t kDeterminer = 1u << 16;                // DET
inline constexpr uint32_t kPreposition = 1u << 17;               // PR
inline constexpr uint32_t kAdverb = 1u << 18;                    // ADV
inline constexpr uint32_t kConjunction = 1u << 19;               // CNJ
inline constexpr uint32_t kNumeral = 1u << 20;                   // NUM
inline constexpr uint32_t kOther = 1u << 21;                     // OTHER
// clang-format on

}  // namespace finsam::word_class

#endif  // FINSAM_LANG_WORD_CLASS_H_
