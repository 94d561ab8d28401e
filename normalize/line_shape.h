// LineShape: what a line's shape says about where sentences start.
//
// Text that reached us keeps its line breaks: a word that starts a line may
// start a sentence, a table row or a list item, or carry on the line
// before. Restoring a first letter that was lost ("rets resultat") needs
// that answer to choose "Årets" or "årets". Pure functions of the text.
#ifndef FINSAM_NORMALIZE_LINE_SHAPE_H_
#define FINSAM_NORMALIZE_LINE_SHAPE_H_

#include <cstddef>
#include <string_view>

namespace finsam {

// "• ", "- ", "– ", "* ", "▪ ", "● ", "· ": the line is a list item.
bool StartsWithBullet(std::string_view line);

// A row of a table set with spaces: words, then amounts to the end of the
// line ("Årets resultat 123 661 -566 021", "Orealiserade vinster 0"). One
// trailing year is not enough ("Verksamhetsplan för 2024").
bool EndsWithAmounts(std::string_view line);

// The line stops inside a sentence: after a comma, a word broken with a
// hyphen ("Villkors-"), or a word no sentence ends on ("och", "för", "p"
// for "på" when the page lost its å/ä/ö).
bool EndsMidSentence(std::string_view line);

// A sentence ends in the line: ".", "!" or "?" after a letter, then a space
// or the line's end ("r riktiga hackare. Att pst"). A heading has none
// ("1.1 Ändamål", "Årets resultat").
bool HasSentenceEnd(std::string_view line);

// Tab-separated cell `index` of `line`; empty past the last one.
std::string_view CellOf(std::string_view line, size_t index);

// How many tabs come before byte `offset`: the cell the offset is in.
size_t CellIndexAt(std::string_view line, size_t offset);

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_LINE_SHAPE_H_
