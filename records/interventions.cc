#include "records/interventions.h"

#include <re2/re2.h>

#include "records/text_fold.h"

namespace finsam::records {
namespace {

// "1 080 967" -> 1080967.
std::optional<int64_t> Digits(const std::string& grouped) {
  std::string d;
  for (char c : grouped) {
    if (c >= '0' && c <= '9') d += c;
  }
  if (d.empty() || d.size() > 12) return std::nullopt;
  return std::stoll(d);
}

std::string TrimOwner(std::string owner) {
  owner = std::string(Trim(owner));
  // "Samordningsförbundet Centrala Östergötland (SCO). Finsam" -> up to the
  // sentence end.
  const size_t stop = owner.find(". ");
  if (stop != std::string::npos) owner = owner.substr(0, stop);
  while (!owner.empty() && (owner.back() == '.' || owner.back() == ',')) {
    owner.pop_back();
  }
  return owner;
}

// "Insatsägare Lekebergs kommun." / "Insatsägare och" (OCR: "Insatsdgare").
bool IsOwnerLine(const std::string& line, std::string* rest) {
  static const RE2 kFirst(R"(^(\S+)(?:\s+och\b)?\s*:?\s*(.*)$)");
  std::string first;
  if (!RE2::FullMatch(line, kFirst, &first, rest)) return false;
  const std::string f = Fold(first);
  return f == "insatsagare" || FoldedNear(f, "insatsagare");
}

// A sub-project inside an intervention's section: a heading line of its own
// ("Coachingteamet Örebro, Arbetsträningsplatser på Rosängen") whose
// paragraph, up to the next blank line, states its own "Budget: ... Utfall:
// ...". It shares the parent's owner, kind and year.
void AddSubProjects(const RecordText& text, int begin, int end,
                    const Intervention& parent,
                    std::vector<Intervention>* out) {
  static const RE2 kOwnFigures(
      R"((?i)^budget:\s*(\d{1,3}(?:\s\d{3})*)(?:\s*kr)?\.?\s*utfall:\s*(\d{1,3}(?:\s\d{3})*))");
  static const RE2 kFiguresAnywhere(R"((?i)(?:^|[.!?]\s)(budget:\s*\d.*)$)");
  static const RE2 kTotal(
      R"((?i)totalt\s+(\d{1,3}(?:\s\d{3})*)\s+(?:individer|deltagare|personer))");
  for (int h = begin; h + 2 < end; ++h) {
    const std::string heading(Trim(text.lines[h].text));
    if (heading.empty() || heading.size() > 90 || !StartsUpper(heading) ||
        heading.back() == '.' || heading.back() == ':') {
      continue;
    }
    // Set apart above and below: a heading, not a wrapped sentence.
    if (h > 0 && !Trim(text.lines[h - 1].text).empty()) continue;
    if (!Trim(text.lines[h + 1].text).empty()) continue;
    std::string paragraph;
    int k = h + 2;
    for (; k < end && !Trim(text.lines[k].text).empty(); ++k) {
      paragraph += text.lines[k].text;
      paragraph += ' ';
    }
    if (paragraph.empty()) continue;
    std::string figures, x, y;
    if (!RE2::PartialMatch(paragraph, kFiguresAnywhere, &figures) ||
        !RE2::PartialMatch(figures, kOwnFigures, &x, &y)) {
      continue;
    }
    Intervention iv;
    iv.name = heading;
    iv.owner = parent.owner;
    iv.kind = parent.kind;
    iv.year = parent.year;
    iv.page = text.lines[h].page;
    iv.budget = Digits(x);
    iv.outcome = Digits(y);
    if (RE2::PartialMatch(paragraph, kTotal, &x)) iv.participants = Digits(x);
    out->push_back(iv);
    h = k;
  }
}

}  // namespace

std::vector<Intervention> ExtractInterventions(const RecordText& text,
                                               int fiscal_year) {
  std::vector<Intervention> out;
  std::vector<int> anchors;  // owner lines
  std::vector<int> name_lines;
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    std::string rest;
    if (!IsOwnerLine(std::string(Trim(text.lines[i].text)), &rest)) continue;
    int name = -1;
    for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
      const std::string prev(Trim(text.lines[k].text));
      if (prev.empty()) continue;
      if (prev.size() <= 90 && StartsUpper(prev) && prev.back() != '.') {
        name = k;
      }
      break;
    }
    if (name < 0) continue;
    anchors.push_back(i);
    name_lines.push_back(name);
  }
  std::string kind;
  int kind_scan = 0;
  for (size_t a = 0; a < anchors.size(); ++a) {
    const int i = anchors[a];
    const int end = a + 1 < anchors.size() ? name_lines[a + 1] : n;
    // The kind: the last "... individinriktade/strukturövergripande
    // insatser" heading before the matrix.
    // A report heads them "Uppföljning individinriktade insatser", a plan
    // "4.3 Individinriktade insatser".
    static const RE2 kKindHeading(
        R"(^(?:uppfoljning\b.*|\d{1,2}(?: \d{1,2})*) (individinriktade|strukturovergripande) insatser\b.*$)");
    for (; kind_scan < name_lines[a]; ++kind_scan) {
      const std::string f = Fold(text.lines[kind_scan].text);
      std::string which;
      if (f.size() > 90 || !RE2::FullMatch(f, kKindHeading, &which)) continue;
      kind = which == "individinriktade" ? "individinriktad"
                                         : "strukturövergripande";
    }
    Intervention iv;
    iv.name = std::string(Trim(text.lines[name_lines[a]].text));
    // A plan dates its interventions in the heading ("Coachingteamet
    // Lekeberg 2024-01-01 – 2024-12-31"): the period is no part of the name.
    static const RE2 kPeriod(
        R"(\s+(?:19|20)\d\d-\d\d-\d\d\s*[–-]\s*(?:19|20)\d\d-\d\d-\d\d$)");
    RE2::Replace(&iv.name, kPeriod, "");
    iv.kind = kind;
    iv.year = fiscal_year;
    iv.page = text.lines[name_lines[a]].page;
    // Owner: the rest of the line, or the next lines when the two-column
    // layout put the label alone ("Insatsägare och" / "samverkansparter").
    std::string rest;
    IsOwnerLine(std::string(Trim(text.lines[i].text)), &rest);
    // "Insatsägare och samverkansparter<TAB>...": the label's second half.
    static const RE2 kPartnersLabel(R"((?i)^samverkansparter\s*:?\t)");
    RE2::Replace(&rest, kPartnersLabel, "");
    std::string owner(Trim(rest));
    int k = i + 1;
    auto next_line = [&]() -> std::string {
      while (k < end && Trim(text.lines[k].text).empty()) ++k;
      return k < end ? std::string(Trim(text.lines[k++].text)) : "";
    };
    static const RE2 kPartners(R"((?i)^samverkansparter\s*(.*)$)");
    if (owner.empty()) owner = next_line();
    // In a table of labels and values ("Samverkansparter<TAB>..."), the
    // partners are a field of their own, not the owner's continuation.
    const bool labelled = text.lines[i].text.find('\t') != std::string::npos;
    if (!labelled && !owner.empty() && owner.back() != ',' &&
        owner.back() != '.') {
      const std::string cont = next_line();
      std::string tail;
      if (RE2::FullMatch(cont, kPartners, &tail) && !tail.empty()) {
        owner += " " + tail;
      }
    }
    iv.owner = TrimOwner(owner);

    std::string block;
    for (int j = i; j < end; ++j) {
      block += text.lines[j].text;
      block += ' ';
    }
    static const RE2 kBudgetOutcome(
        R"((?i)budget:\s*(\d{1,3}(?:\s\d{3})*)(?:\s*kr)?\.?\s*utfall:\s*(\d{1,3}(?:\s\d{3})*))");
    static const RE2 kOutcomeOnly(
        R"((?i)utfall:\s*(\d{1,3}(?:\s\d{3})*)\s*kr)");
    static const RE2 kUsed(
        R"((?i)(\d{1,3}(?:\s\d{3})*)\s*kr\s+\S{1,2}r\s+f\S{1,2}rbrukat\s+av\s+hel\S{1,4}budgeten\s+(\d{1,3}(?:\s\d{3})*)\s*kr)");
    static const RE2 kWholeBudget(
        R"((?i)hel\S{1,4}budgeten\s+p\S{1,2}\s+(\d{1,3}(?:\s\d{3})*)\s*kr)");
    std::string x, y;
    // The budget goal's own wording first: a later paragraph in the same
    // block may carry a sub-project's "Budget: ... Utfall: ...".
    if (RE2::PartialMatch(block, kUsed, &x, &y)) {
      iv.outcome = Digits(x);
      iv.budget = Digits(y);
    } else if (RE2::PartialMatch(block, kBudgetOutcome, &x, &y)) {
      iv.budget = Digits(x);
      iv.outcome = Digits(y);
    } else {
      if (RE2::PartialMatch(block, kWholeBudget, &x)) iv.budget = Digits(x);
      if (RE2::PartialMatch(block, kOutcomeOnly, &x)) iv.outcome = Digits(x);
    }
    // A plan's table of labels and values: "Budget<TAB>546 000 kr."
    static const RE2 kBudgetCell(
        R"((?i)(?:^|\s)budget\t\s*(\d{1,3}(?:\s\d{3})*)\s*kr\b)");
    if (!iv.budget && RE2::PartialMatch(block, kBudgetCell, &x)) {
      iv.budget = Digits(x);
    }
    static const RE2 kCount(
        R"((?i)antal\s+deltagare\s*:?\s*(?:ca\.?\s+)?(\d{1,3}(?:\s\d{3})*))");
    if (RE2::PartialMatch(block, kCount, &x)) {
      iv.participants = Digits(x);
    } else {
      // "13 individer, 6 kvinnor och 7 män": the outcome, not the goal
      // ("Arbeta med (minst) 30 individer").
      static const RE2 kPeople(
          R"((?i)(\S+\s+)?(\d{1,3}(?:\s\d{3})*)\s+(?:individer|deltagare|personer))");
      re2::StringPiece input(block);
      std::string before, count;
      while (RE2::FindAndConsume(&input, kPeople, &before, &count)) {
        const std::string b = Fold(before);
        if (b == "med" || b == "minst" || b == "av" || b == "till") continue;
        iv.participants = Digits(count);
        break;
      }
      // The count lost to OCR (". individer, 6 kvinnor och 7 män"): the
      // women and men it is split into add up to it.
      static const RE2 kSplit(
          R"((?i)individer,?\s+(\d{1,5})\s+kvinnor\s+och\s+(\d{1,5})\s+m\S{1,2}n\b)");
      if (!iv.participants && RE2::PartialMatch(block, kSplit, &x, &y)) {
        iv.participants = *Digits(x) + *Digits(y);
      }
    }
    out.push_back(iv);
    AddSubProjects(text, i + 1, end, iv, &out);
  }
  return out;
}

}  // namespace finsam::records
