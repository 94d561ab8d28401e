#include "records/section_extractor.h"

#include <re2/re2.h>

#include <map>
#include <set>

#include "base/text.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

struct KnownHeading {
  const char* folded;
  SectionKind kind;
  bool numbered_only_exact;  // only as a whole line (common words)
};

// Headings the extractors look for; folded forms (see Fold). Data, not
// code, so a new report family adds rows here.
constexpr KnownHeading kKnownHeadings[] = {
    {"innehallsforteckning", SectionKind::kToc, false},
    {"innehall", SectionKind::kToc, true},
    {"forvaltningsberattelse", SectionKind::kManagementReport, false},
    {"resultatrakning", SectionKind::kIncomeStatement, false},
    {"resultatrakning i sammandrag", SectionKind::kIncomeStatement, false},
    {"ekonomi i sammandrag", SectionKind::kIncomeStatement, false},
    {"resultat i sammandrag", SectionKind::kIncomeStatement, false},
    // An accounting program's reports of the year (Visma, Fortnox):
    // "Resultatrapport", "Balansrapport".
    {"resultatrapport", SectionKind::kIncomeStatement, false},
    {"balansrakning", SectionKind::kBalanceSheet, false},
    {"balansrapport", SectionKind::kBalanceSheet, false},
    {"kassaflodesanalys", SectionKind::kCashFlow, false},
    {"kassaflodesrapport", SectionKind::kCashFlow, false},
    {"finansieringsanalys", SectionKind::kCashFlow, false},
    {"driftredovisning", SectionKind::kOperatingStatement, false},
    {"driftsredovisning", SectionKind::kOperatingStatement, false},
    {"flerarsoversikt", SectionKind::kMultiYearOverview, false},
    {"femarsoversikt", SectionKind::kMultiYearOverview, false},
    {"oversikt over verksamhetens utveckling", SectionKind::kMultiYearOverview,
     false},
    {"balanskravsresultat", SectionKind::kBalanceRequirement, false},
    {"balanskravsutredning", SectionKind::kBalanceRequirement, false},
    {"avstamning mot balanskravet", SectionKind::kBalanceRequirement, false},
    {"noter", SectionKind::kNotes, false},
    {"tillaggsupplysningar", SectionKind::kNotes, true},
    {"styrelsens underskrift", SectionKind::kBoardSignatures, false},
    {"styrelsens underskrifter", SectionKind::kBoardSignatures, false},
    {"underskrifter", SectionKind::kBoardSignatures, false},
    {"revisionens underskrift", SectionKind::kAuditorSignatures, false},
    {"revisorernas underskrift", SectionKind::kAuditorSignatures, false},
    {"revisorernas underskrifter", SectionKind::kAuditorSignatures, false},
    {"revisorernas pateckning", SectionKind::kAuditorSignatures, false},
    {"forandring av eget kapital", SectionKind::kEquityChanges, false},
    {"forandringar i eget kapital", SectionKind::kEquityChanges, false},
    {"forandringar av eget kapital", SectionKind::kEquityChanges, false},
    {"resultatdisposition", SectionKind::kAppropriation, false},
    {"forslag till resultatdisposition", SectionKind::kAppropriation, false},
    {"forslag till disposition", SectionKind::kAppropriation, false},
    {"forslag till behandling av ansamlad forlust", SectionKind::kAppropriation,
     false},
    {"budget", SectionKind::kBudget, false},
    {"budgetplan", SectionKind::kBudget, false},
    {"budget och verksamhetsplan", SectionKind::kBudget, true},
    {"styrelsen", SectionKind::kBoard, true},
    {"revisorer", SectionKind::kAuditors, true},
};

// Strips "1.2." numbering and a trailing "(kr)" before comparing.
std::string HeadingCore(const std::string& title) {
  static const RE2 kNumber(R"(^\s*\d{1,2}(?:\.\d{1,2})*\.?\s*)");
  static const RE2 kParen(R"(\s*\([^)]*\)\s*$)");
  std::string t = title;
  RE2::Replace(&t, kNumber, "");
  RE2::Replace(&t, kParen, "");
  return Fold(t);
}

std::string Slug(const std::string& title) {
  std::string s = HeadingCore(title);
  for (char& c : s) {
    if (c == ' ') c = '-';
  }
  return s;
}

struct NumberedHeading {
  std::string id;
  std::string title;
};

bool ParseNumbered(const std::string& line, NumberedHeading* out) {
  static const RE2 kNumbered(
      R"(^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s*([A-ZÅÄÖÉ][^\t]{1,100})$)");
  std::string id, title;
  if (!RE2::FullMatch(line, kNumbered, &id, &title)) return false;
  out->id = id;
  out->title = std::string(Trim(title));
  return true;
}

// True when the first line after heading `i` is a sentence: a heading
// over prose ("Förbundets styrelse" / "Förbundets styrelse består av en
// ledamot ...") is the body's, not the names that sign under it.
constexpr size_t kMinProseWords = 8;

bool OpensProse(const RecordText& text, int i) {
  for (size_t k = static_cast<size_t>(i) + 1; k < text.lines.size(); ++k) {
    const std::string line(Trim(text.lines[k].text));
    if (line.empty()) continue;
    return line.find('\t') == std::string::npos &&
           SplitWords(line).size() >= kMinProseWords;
  }
  return false;
}

bool ParseTocLine(const std::string& line, TocEntry* entry) {
  // Title, a run of leader dots (OCR turns the tail into letters:
  // "........cccvvevv e 4"), the page number.
  static const RE2 kToc(
      R"(^\s*(.*?[^.\s])\s*(?:\.{2,}|…+|_{3,})[^0-9]{0,240}?\s*(\d{1,3})\s*$)");
  std::string title;
  int page = 0;
  if (!RE2::FullMatch(line, kToc, &title, &page)) return false;
  static const RE2 kId(R"(^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(.*)$)");
  std::string id, rest;
  if (RE2::FullMatch(title, kId, &id, &rest)) {
    entry->id = id;
    entry->title = rest;
  } else {
    entry->id.clear();
    entry->title = title;
  }
  entry->page = page;
  return Fold(entry->title).size() >= 3;
}

// True when the folded forms agree, or one is a prefix of the other (the
// TOC may hold the full title while the body wraps it, or the reverse).
bool TitlesAgree(const std::string& a, const std::string& b) {
  const std::string fa = HeadingCore(a), fb = HeadingCore(b);
  if (fa.empty() || fb.empty()) return false;
  if (FoldedNear(fa, fb)) return true;
  const std::string& shorter = fa.size() < fb.size() ? fa : fb;
  const std::string& longer = fa.size() < fb.size() ? fb : fa;
  if (shorter.size() < 8) return false;
  return FoldedNear(shorter, longer.substr(0, shorter.size()));
}

// The kind of `folded` when it is a known heading, optionally followed by
// column-header words.
SectionKind KnownKind(const std::string& folded, bool* with_tail) {
  *with_tail = false;
  for (const KnownHeading& h : kKnownHeadings) {
    if (FoldedNear(folded, h.folded) || folded == h.folded) {
      return h.kind;
    }
  }
  for (const KnownHeading& h : kKnownHeadings) {
    if (h.numbered_only_exact) continue;
    const std::string p = std::string(h.folded) + " ";
    if (folded.size() > p.size() && folded.compare(0, p.size(), p) == 0 &&
        IsHeaderTail(folded.substr(p.size()))) {
      *with_tail = true;
      return h.kind;
    }
  }
  return SectionKind::kOther;
}

}  // namespace

const char* SectionKindName(SectionKind kind) {
  switch (kind) {
    case SectionKind::kOther:
      return "other";
    case SectionKind::kToc:
      return "toc";
    case SectionKind::kManagementReport:
      return "management_report";
    case SectionKind::kIncomeStatement:
      return "income_statement";
    case SectionKind::kBalanceSheet:
      return "balance_sheet";
    case SectionKind::kCashFlow:
      return "cash_flow";
    case SectionKind::kOperatingStatement:
      return "operating_statement";
    case SectionKind::kMultiYearOverview:
      return "multi_year_overview";
    case SectionKind::kBalanceRequirement:
      return "balance_requirement";
    case SectionKind::kNotes:
      return "notes";
    case SectionKind::kNote:
      return "note";
    case SectionKind::kBoardSignatures:
      return "board_signatures";
    case SectionKind::kAuditorSignatures:
      return "auditor_signatures";
    case SectionKind::kBoard:
      return "board";
    case SectionKind::kAuditors:
      return "auditors";
    case SectionKind::kEquityChanges:
      return "equity_changes";
    case SectionKind::kAppropriation:
      return "appropriation";
    case SectionKind::kBudget:
      return "budget";
  }
  return "other";
}

bool IsHeaderTail(const std::string& text) {
  static const std::set<std::string> kWords = {
      "not",       "noter",   "belopp",  "i",      "kr",
      "tkr",       "mnkr",    "kronor",  "utfall", "budget",
      "avvikelse", "bokslut", "prognos", "ar",     "sek"};
  const std::string folded = Fold(text);
  if (folded.empty()) return false;
  bool any = false;
  size_t i = 0;
  while (i < folded.size()) {
    size_t j = folded.find(' ', i);
    if (j == std::string::npos) j = folded.size();
    const std::string w = folded.substr(i, j - i);
    const bool digits = w.find_first_not_of("0123456789") == std::string::npos;
    if (digits) {
      // Years and date parts only; "661" is an amount, not a header.
      if (!(w.size() == 4 || w.size() == 2)) return false;
      any = true;
    } else if (!kWords.count(w)) {
      return false;
    }
    i = j + 1;
  }
  return any || folded == "not";
}

SectionKind KindOfTitle(const std::string& title) {
  bool tail = false;
  return KnownKind(HeadingCore(title), &tail);
}

const Section* SectionTree::Find(SectionKind kind) const {
  for (const Section& s : sections) {
    if (s.kind == kind) return &s;
  }
  return nullptr;
}

std::vector<const Section*> SectionTree::FindAll(SectionKind kind) const {
  std::vector<const Section*> out;
  for (const Section& s : sections) {
    if (s.kind == kind) out.push_back(&s);
  }
  return out;
}

SectionTree ExtractSections(const RecordText& text) {
  SectionTree tree;
  std::set<int> toc_lines;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    TocEntry e;
    if (ParseTocLine(text.lines[i].text, &e)) {
      e.line = static_cast<int>(i);
      tree.toc.push_back(e);
      toc_lines.insert(static_cast<int>(i));
    }
  }
  if (tree.toc.size() < 2) {
    tree.toc.clear();
    toc_lines.clear();
  }
  std::set<std::string> toc_ids;
  for (const TocEntry& e : tree.toc) {
    if (!e.id.empty()) toc_ids.insert(e.id);
  }
  std::set<std::string> used_ids;

  auto toc_page_for = [&](const std::string& id,
                          const std::string& title) -> int {
    for (const TocEntry& e : tree.toc) {
      if (!id.empty() && e.id == id && TitlesAgree(e.title, title)) {
        return e.page;
      }
    }
    for (const TocEntry& e : tree.toc) {
      if (TitlesAgree(e.title, title)) return e.page;
    }
    return 0;
  };

  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    if (toc_lines.count(i)) continue;
    const std::string line(Trim(text.lines[i].text));
    if (line.empty() || line.size() > 140) continue;
    Section s;
    s.line = i;
    NumberedHeading nh;
    static const RE2 kNote(R"(^Not\s+(\d{1,2})\.?\s+([A-ZÅÄÖ][^\t]{1,90})$)");
    std::string note_no, note_title;
    bool tail = false;
    if (RE2::FullMatch(line, kNote, &note_no, &note_title) &&
        Fold(note_title).find_first_not_of("0123456789 ") !=
            std::string::npos) {
      s.id = "not-" + note_no;
      s.title = line;
      s.level = 2;
      s.kind = SectionKind::kNote;
    } else if (ParseNumbered(line, &nh)) {
      const bool question = nh.title.find('?') != std::string::npos;
      if (question) continue;
      bool accept = false;
      std::string title = nh.title;
      if (!tree.toc.empty()) {
        for (const TocEntry& e : tree.toc) {
          if ((e.id == nh.id || !toc_ids.count(nh.id)) &&
              TitlesAgree(e.title, title)) {
            accept = true;
            break;
          }
        }
        // Statement headings count even when OCR garbled their contents
        // line.
        if (!accept && !toc_ids.count(nh.id) &&
            KnownKind(HeadingCore(title), &tail) != SectionKind::kOther) {
          accept = true;
        }
        // The body may wrap a long title: "... och ekonomisk" / "ställning".
        if (accept) {
          for (int k = i + 1; k < n && k <= i + 3; ++k) {
            const std::string next(Trim(text.lines[k].text));
            if (next.empty()) continue;
            const std::string joined = title + " " + next;
            for (const TocEntry& e : tree.toc) {
              if (e.id == nh.id &&
                  HeadingCore(e.title).size() > HeadingCore(title).size() &&
                  TitlesAgree(e.title, joined) &&
                  HeadingCore(joined).size() <=
                      HeadingCore(e.title).size() + 2) {
                title = joined;
              }
            }
            break;
          }
        }
      } else {
        const char last = nh.title.back();
        accept =
            nh.title.size() <= 70 && last != '.' && last != ',' && last != ':';
        // Numbered lists inside prose restart at 1; a real heading tree
        // does not repeat an id.
      }
      // An id seen before is a list item or another document's numbering
      // (a meeting package embeds reports), unless it names a statement.
      const bool statement_heading =
          KnownKind(HeadingCore(title), &tail) != SectionKind::kOther;
      if (!accept || (used_ids.count(nh.id) && !statement_heading)) continue;
      used_ids.insert(nh.id);
      s.id = nh.id;
      s.title = line.substr(0, line.find(nh.title)) + title;
      s.level =
          1 + static_cast<int>(std::count(nh.id.begin(), nh.id.end(), '.'));
      s.kind = KnownKind(HeadingCore(title), &tail);
      if (s.kind == SectionKind::kBoard || s.kind == SectionKind::kAuditors ||
          s.kind == SectionKind::kToc) {
        s.kind = SectionKind::kOther;
      }
    } else {
      // Unnumbered: the first cell of the line is the heading; the rest, if
      // any, must be column-header words.
      std::string first = line.substr(0, line.find('\t'));
      const std::string folded = HeadingCore(line);
      // A heading does not end a sentence ("... med tilläggsupplysningar.").
      // Its length is its first cell's: the column header beside it may be
      // long ("Resultaträkning | Not | 2018-01-01 -2018-12-31 | ...").
      if (HeadingCore(first).size() > 60 || line.back() == '.') continue;
      s.kind = KnownKind(folded, &tail);
      // "Stenålderns Samfällighetsförenings Styrelse" over the names that
      // sign a verksamhetsberättelse: the organisation's board, named.
      static const RE2 kOwnBoard(
          R"(^(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*s\s+(?:[Ss]tyrelse|STYRELSE)$)");
      // On a scan a signature's scribble may share the line ("... Styrelse
      // <TAB> A"): the heading is the first cell then.
      bool scribbles_only = true;
      for (size_t t = line.find('\t'); t != std::string::npos;
           t = line.find('\t', t + 1)) {
        const size_t e = line.find('\t', t + 1);
        const std::string cell(Trim(line.substr(
            t + 1, e == std::string::npos ? std::string::npos : e - t - 1)));
        scribbles_only = scribbles_only && cell.size() <= 5;
      }
      if (s.kind == SectionKind::kOther && scribbles_only &&
          RE2::FullMatch(std::string(Trim(first)), kOwnBoard) &&
          !OpensProse(text, i)) {
        s.kind = SectionKind::kBoardSignatures;
      }
      if (s.kind == SectionKind::kOther) continue;
      // "Noter  2025-12-31  2024-12-31" is a statement's column header, not
      // the notes' heading.
      if ((s.kind == SectionKind::kBoard || s.kind == SectionKind::kAuditors ||
           s.kind == SectionKind::kNotes) &&
          tail) {
        continue;
      }
      s.title = tail ? std::string(Trim(first)) : line;
      if (tail) {
        // Keep only the heading words: "Resultaträkning  Not 2018-01-01".
        static const RE2 kCut(R"(^(.*?\S)(?:\s{2,}|\t).*$)");
        std::string cut;
        if (RE2::FullMatch(line, kCut, &cut)) s.title = cut;
      }
      s.id = Slug(s.title);
      s.level = 1;
    }
    s.page = text.lines[i].page;
    const int toc_page =
        toc_page_for(s.kind == SectionKind::kNote ? "" : s.id, s.title);
    if (s.page == 0 && toc_page > 0) {
      s.page = toc_page;
      s.page_from_toc = true;
    } else if (text.page_breaks && toc_page > 0 && toc_page != s.page) {
      tree.toc_mismatches.push_back(s.title + ": text page " +
                                    std::to_string(s.page) + ", contents " +
                                    std::to_string(toc_page));
    }
    tree.sections.push_back(s);
  }
  // Notes without pages inherit the page of the notes section when the
  // text cannot tell.
  int notes_page = 0;
  for (Section& s : tree.sections) {
    if (s.kind == SectionKind::kNotes) notes_page = s.page;
    if (s.kind == SectionKind::kNote && s.page == 0) s.page = notes_page;
  }
  for (size_t k = 0; k < tree.sections.size(); ++k) {
    tree.sections[k].end_line =
        k + 1 < tree.sections.size() ? tree.sections[k + 1].line : n;
  }
  return tree;
}

}  // namespace finsam::records
