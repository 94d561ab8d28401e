#include "records/signer_match.h"

#include <algorithm>
#include <sstream>

#include "records/text_fold.h"

namespace finsam::records {
namespace {

// Folded words in sorted order, so "Johansson Carola" meets "Carola
// Johansson".
std::string SortedWords(const std::string& folded) {
  std::istringstream in(folded);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  std::sort(words.begin(), words.end());
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// True when every word of `part` (two at least) is among the words of
// `whole`, each word allowed the OCR letter errors FoldedNear allows.
bool WordsWithin(const std::string& part, const std::string& whole) {
  std::istringstream p(part), w(whole);
  std::vector<std::string> want, have;
  for (std::string x; p >> x;) want.push_back(x);
  for (std::string x; w >> x;) have.push_back(x);
  if (want.size() < 2 || want.size() > have.size()) return false;
  std::vector<bool> used(have.size(), false);
  for (const std::string& x : want) {
    bool found = false;
    for (size_t k = 0; k < have.size() && !found; ++k) {
      if (!used[k] && (have[k] == x || FoldedNear(have[k], x))) {
        used[k] = found = true;
      }
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace

SignerMatch MatchSigners(const std::vector<std::string>& signers,
                         const std::vector<PrintedName>& printed) {
  std::vector<std::string> signer_keys, printed_keys;
  for (const std::string& s : signers) {
    signer_keys.push_back(SortedWords(Fold(s)));
  }
  for (const PrintedName& p : printed) {
    printed_keys.push_back(SortedWords(Fold(p.name)));
  }
  std::vector<int> partner(signers.size(), -1);
  std::vector<bool> taken(printed.size(), false);
  // Three passes: exact folded equality, then near (OCR letter errors),
  // then the printed name's words all among the e-ID's legal name (extra
  // middle names: "Natalie Ström" / "EMMA NATALIE STRÖM"), so a looser match
  // never takes a name another signer matches more closely.
  for (int pass = 0; pass < 3; ++pass) {
    for (size_t i = 0; i < signers.size(); ++i) {
      if (partner[i] >= 0 || signer_keys[i].empty()) continue;
      for (size_t j = 0; j < printed.size(); ++j) {
        if (taken[j] || printed_keys[j].empty()) continue;
        const bool same = pass == 0 ? signer_keys[i] == printed_keys[j]
                          : pass == 1
                              ? FoldedNear(signer_keys[i], printed_keys[j])
                              : WordsWithin(printed_keys[j], signer_keys[i]);
        if (same) {
          partner[i] = static_cast<int>(j);
          taken[j] = true;
          break;
        }
      }
    }
  }
  SignerMatch out;
  for (size_t i = 0; i < signers.size(); ++i) {
    if (partner[i] >= 0) {
      out.matched.push_back(
          NameMatch{signers[i], printed[static_cast<size_t>(partner[i])]});
    } else {
      out.unmatched_signers.push_back(signers[i]);
    }
  }
  for (size_t j = 0; j < printed.size(); ++j) {
    if (!taken[j]) out.unmatched_printed.push_back(printed[j]);
  }
  return out;
}

}  // namespace finsam::records
