// Hyphenation: joining the lines of a wrapped table cell.
//
// A table cell that wraps is read as one piece of text; its lines are
// joined as Swedish typesetting broke them. Pure text in, text out.
//
// JoinWrappedLines(first, second):
//  * "kompetens-" + "utveckling" -> "kompetensutveckling": a word broken
//    at a hyphen after a lower-case letter, going on in lower case, is one
//    word;
//  * "Individ-" + "och familj" -> "Individ- och familj": a suspended
//    compound ("Individ- och familjeomsorg") keeps its hyphen and space
//    before och, eller, samt, respektive, resp., liksom, som, till;
//  * "EU-" + "projekt", "e-" + "tjänster", "2019-" + "2021" -> one word
//    with its hyphen: after a capital, a digit or a single letter the
//    hyphen is part of the word; and so before a capital ("Stockholm-" +
//    "Uppsala");
//  * anything else (a line ending in "/", "-/", "–", a word) is joined
//    with one space ("Per Ek/" + "Eva Sand Berg" -> "Per Ek/ Eva Sand
//    Berg", "Karlskoga-/" + "Degerfors" -> "Karlskoga-/ Degerfors").
// Either side may be empty; the other is returned. Leading and trailing
// spaces at the join are dropped.
#ifndef FINSAM_NORMALIZE_HYPHENATION_H_
#define FINSAM_NORMALIZE_HYPHENATION_H_

#include <string>
#include <string_view>

namespace finsam {

std::string JoinWrappedLines(std::string_view first, std::string_view second);

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_HYPHENATION_H_
