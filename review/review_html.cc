#include "review/review_html.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "extract/furniture.h"
#include "extract/page_role.h"
#include "records/record_json.h"
#include "review/html.h"
#include "review/review_assets.h"

namespace finsam::review {
namespace {

using records::RecordNumber;
using records::ReportRecord;

// A page number from the record, 0 when none.
int PageOf(int page) { return page > 0 && page < 1'000'000 ? page : 0; }

std::string Fixed(double value, int digits) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.*f", digits, value);
  return buffer;
}

// "8 011 783" for 8011783 and for -8011783 (the normaliser's Swedish
// grouping, without the sign).
std::string GroupedMagnitude(long long value) {
  const unsigned long long magnitude =
      value < 0 ? 0ULL - static_cast<unsigned long long>(value)
                : static_cast<unsigned long long>(value);
  const std::string digits = std::to_string(magnitude);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
  return out;
}

std::string Grouped(long long value) {
  return value < 0 ? "-" + GroupedMagnitude(value) : GroupedMagnitude(value);
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t from = 0;
  while (true) {
    const size_t to = text.find('\n', from);
    lines.push_back(text.substr(from, to - from));
    if (to == std::string::npos) break;
    from = to + 1;
  }
  return lines;
}

std::string LineId(int page, int line) {
  return "p" + std::to_string(page) + "-l" + std::to_string(line);
}

std::string PageId(int page) { return "p" + std::to_string(page); }

// ---- the pages as shown ---------------------------------------------------

// One page's shown text: the normalised lines, each with the layout line it
// came from (none for the blank line JoinLines puts before a block).
struct ShownPage {
  const PageResult* result = nullptr;
  std::vector<std::string> lines;
  std::vector<const TextLine*> layout;  // parallel to `lines`; may be null
  const PageNormalization* normalization = nullptr;
  const PageSnapshot* snapshot = nullptr;
  std::set<int> figure_lines;                 // 1-based, flagged figures
  std::map<int, std::string> figure_reasons;  // line -> check ids
};

std::vector<const TextLine*> LayoutOfLines(const PageResult& page) {
  std::vector<const TextLine*> out;
  for (size_t i = 0; i < page.lines.size(); ++i) {
    if (i > 0 && page.lines[i].starts_block) out.push_back(nullptr);
    out.push_back(&page.lines[i]);
  }
  return out;
}

// 1-based line of `page` containing `needle` (exact bytes), 0 if none.
int FindLine(const ShownPage& page, const std::string& needle) {
  if (needle.empty()) return 0;
  for (size_t i = 0; i < page.lines.size(); ++i) {
    if (page.lines[i].find(needle) != std::string::npos) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

// ---- marking ranges inside a line ----------------------------------------

struct Mark {
  size_t begin = 0;
  size_t end = 0;    // == begin: a deletion marker
  std::string kind;  // "edit", "uncertain", "lowconf"
  std::string title;
};

std::string EditTitle(const Edit& edit, bool applied) {
  std::string title = (edit.before.empty() ? "∅" : edit.before) + " → " +
                      (edit.after.empty() ? "∅" : edit.after) + " (" +
                      edit.reason + ", confidence " +
                      Fixed(edit.confidence, 2) + ")";
  if (!applied) title = "not applied, below threshold: " + title;
  return title;
}

// Where the normaliser's edits sit in the normalised line. An edit's column
// counts in its stage's input, so the search starts near the column shifted
// by the earlier edits on the line and falls back to the whole line.
void MarkEdits(const std::string& line, const std::vector<const Edit*>& edits,
               std::vector<Mark>& marks) {
  long shift = 0;
  size_t cursor = 0;
  for (const Edit* edit : edits) {
    const long estimate = std::max(0L, edit->column - 1 + shift);
    Mark mark;
    mark.kind = "edit";
    mark.title = EditTitle(*edit, true);
    if (edit->after.empty()) {
      mark.begin = mark.end =
          std::min(line.size(), static_cast<size_t>(estimate));
    } else {
      size_t at = line.find(edit->after,
                            static_cast<size_t>(std::max(0L, estimate - 8)));
      if (at == std::string::npos) at = line.find(edit->after, cursor);
      if (at == std::string::npos) at = line.find(edit->after);
      if (at == std::string::npos) continue;
      mark.begin = at;
      mark.end = at + edit->after.size();
      cursor = mark.end;
    }
    shift += static_cast<long>(edit->after.size()) -
             static_cast<long>(edit->before.size());
    marks.push_back(std::move(mark));
  }
}

// A withheld decision: the text still holds `before`.
void MarkUncertain(const std::string& line,
                   const std::vector<const Edit*>& edits,
                   std::vector<Mark>& marks) {
  for (const Edit* edit : edits) {
    if (edit->before.empty()) continue;
    const size_t at = line.find(edit->before);
    if (at == std::string::npos) continue;
    marks.push_back(Mark{at, at + edit->before.size(), "uncertain",
                         EditTitle(*edit, false)});
  }
}

std::vector<std::pair<size_t, size_t>> Tokens(const std::string& line) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const size_t begin = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > begin) out.emplace_back(begin, i);
  }
  return out;
}

// OCR words below the threshold. The layout line's words are the raw line's
// tokens; when normalisation kept the token count they pair up one to one,
// otherwise a word is looked for by its text.
void MarkLowConfidence(const std::string& line, const TextLine& layout,
                       float threshold, std::vector<Mark>& marks) {
  const auto tokens = Tokens(line);
  const bool paired = tokens.size() == layout.words.size();
  size_t cursor = 0;
  for (size_t w = 0; w < layout.words.size(); ++w) {
    const Word& word = layout.words[w];
    if (word.confidence >= threshold) continue;
    Mark mark;
    mark.kind = "lowconf";
    mark.title = "OCR confidence " + Fixed(word.confidence, 2);
    if (paired) {
      mark.begin = tokens[w].first;
      mark.end = tokens[w].second;
    } else {
      const size_t at = line.find(word.text, cursor);
      if (word.text.empty() || at == std::string::npos) continue;
      mark.begin = at;
      mark.end = at + word.text.size();
      cursor = mark.end;
    }
    marks.push_back(std::move(mark));
  }
}

// Table cells are joined by tabs; a lost or extra cell break is what a
// cleaner must see, so each tab gets a faint mark. `html` is already
// escaped, so its tabs are the text's own.
std::string ShowTabs(const std::string& html) {
  std::string out;
  for (char c : html) {
    if (c == '\t') {
      out += "<span class=\"tab\" title=\"cell break\">\t</span>";
    } else {
      out += c;
    }
  }
  return out;
}

std::string RenderMarkedLine(const std::string& line, std::vector<Mark> marks) {
  // Edits first at equal starts; an overlapping later mark is folded into
  // the earlier one's title so nothing is hidden.
  static const std::map<std::string, int> kRank = {
      {"edit", 0}, {"uncertain", 1}, {"lowconf", 2}, {"unknown", 3}};
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return kRank.at(a.kind) < kRank.at(b.kind);
  });
  std::vector<Mark> kept;
  for (Mark& mark : marks) {
    if (!kept.empty() && mark.begin < kept.back().end) {
      kept.back().title += "; " + mark.title;
      continue;
    }
    kept.push_back(std::move(mark));
  }
  std::string out;
  size_t at = 0;
  for (const Mark& mark : kept) {
    out += HtmlEscape(std::string_view(line).substr(at, mark.begin - at));
    const std::string text = HtmlEscape(
        std::string_view(line).substr(mark.begin, mark.end - mark.begin));
    const std::string title = HtmlEscape(mark.title);
    if (mark.kind == "lowconf" || mark.kind == "unknown") {
      out += "<mark class=\"" + mark.kind + " flag\" title=\"" + title + "\">" +
             text + "</mark>";
    } else {
      std::string cls =
          mark.kind == "edit" ? "edit flag" : "edit uncertain flag";
      if (mark.begin == mark.end) cls += " del";
      out += "<ins class=\"" + cls + "\" title=\"" + title + "\">" + text +
             "</ins>";
    }
    at = mark.end;
  }
  out += HtmlEscape(std::string_view(line).substr(at));
  return ShowTabs(out);
}

// Tokens (punctuation around them stripped) found in `unknown`.
void MarkUnknownWords(const std::string& line,
                      const std::set<std::string>& unknown,
                      std::vector<Mark>& marks) {
  for (const auto& [begin, end] : Tokens(line)) {
    size_t b = begin;
    size_t e = end;
    while (b < e && std::ispunct(static_cast<unsigned char>(line[b]))) ++b;
    while (e > b && std::ispunct(static_cast<unsigned char>(line[e - 1]))) {
      --e;
    }
    if (b < e && unknown.count(line.substr(b, e - b)) > 0) {
      marks.push_back(Mark{b, e, "unknown", "not in the dictionary"});
    }
  }
}

std::string BoxAttribute(const Box& box) {
  return Fixed(box.x0, 1) + "," + Fixed(box.y0, 1) + "," + Fixed(box.x1, 1) +
         "," + Fixed(box.y1, 1);
}

std::string PercentBox(const Box& box, double width, double height) {
  return "left:" + Fixed(box.x0 / width * 100, 2) +
         "%;top:" + Fixed(box.y0 / height * 100, 2) +
         "%;width:" + Fixed(box.width() / width * 100, 2) +
         "%;height:" + Fixed(box.height() / height * 100, 2) + "%";
}

void RenderPage(const ShownPage& page, float threshold,
                const std::set<std::string>* unknown, std::string& out) {
  const PageResult& result = *page.result;
  const int number = result.number;
  out += "<section class=\"page\" id=\"" + PageId(number) + "\" data-width=\"" +
         Fixed(result.width_pt, 1) + "\" data-height=\"" +
         Fixed(result.height_pt, 1) + "\">\n<h2>Page " +
         std::to_string(number) + " <small>" +
         HtmlEscape(PageSourceName(result.source)) + " · " +
         HtmlEscape(result.reason) + " · confidence " +
         Fixed(result.confidence, 2) + " · " +
         HtmlEscape(PageRoleName(result.role)) + "</small></h2>\n";
  if (!result.status.ok()) {
    out +=
        "<p class=\"pagefail flag\" title=\"page failed\">This page failed: " +
        HtmlEscape(result.status.ToString()) + "</p>\n";
  }
  out += "<div class=\"cols\">\n<figure>";
  const bool boxes = result.width_pt > 0 && result.height_pt > 0;
  if (page.snapshot != nullptr && page.snapshot->status.ok() &&
      !page.snapshot->jpeg.empty()) {
    out += "<img alt=\"page " + std::to_string(number) + "\" width=\"" +
           std::to_string(page.snapshot->width) + "\" height=\"" +
           std::to_string(page.snapshot->height) + "\" src=\"" +
           DataUri("image/jpeg", page.snapshot->jpeg) + "\">";
    if (boxes) {
      for (const TextLine& line : result.lines) {
        for (const Word& word : line.words) {
          if (word.confidence >= threshold) continue;
          out += "<div class=\"wbox\" style=\"" +
                 PercentBox(word.box, result.width_pt, result.height_pt) +
                 "\"></div>";
        }
      }
      out += "<div class=\"lbox\"></div>";
    }
  } else if (page.snapshot != nullptr && !page.snapshot->status.ok()) {
    out += "<p class=\"pagefail\">No picture: " +
           HtmlEscape(page.snapshot->status.ToString()) + "</p>";
  }
  out += "</figure>\n<div class=\"text\"><div class=\"lines\">\n";

  std::map<int, std::vector<const Edit*>> edits;
  std::map<int, std::vector<const Edit*>> uncertain;
  if (page.normalization != nullptr) {
    for (const Edit& e : page.normalization->edits) edits[e.line].push_back(&e);
    for (const Edit& e : page.normalization->uncertain) {
      uncertain[e.line].push_back(&e);
    }
  }
  for (size_t i = 0; i < page.lines.size(); ++i) {
    const int line_number = static_cast<int>(i) + 1;
    const std::string& line = page.lines[i];
    const TextLine* layout = i < page.layout.size() ? page.layout[i] : nullptr;
    std::string cls = "line";
    if (line.empty()) cls += " blank";
    std::string title;
    if (page.figure_lines.count(line_number) > 0) {
      cls += " figure flag";
      title =
          " title=\"" +
          HtmlEscape("figure in check " + page.figure_reasons.at(line_number)) +
          "\"";
    }
    out += "<div class=\"" + cls + "\" id=\"" + LineId(number, line_number) +
           "\"" + title;
    if (layout != nullptr && boxes && layout->box.height() > 0) {
      out += " data-box=\"" + BoxAttribute(layout->box) + "\"";
    }
    out += ">";
    std::vector<Mark> marks;
    if (auto it = edits.find(line_number); it != edits.end()) {
      MarkEdits(line, it->second, marks);
    }
    if (auto it = uncertain.find(line_number); it != uncertain.end()) {
      MarkUncertain(line, it->second, marks);
    }
    if (layout != nullptr && result.source == PageSource::kOcr) {
      MarkLowConfidence(line, *layout, threshold, marks);
    }
    if (unknown != nullptr && result.source != PageSource::kTextLayer) {
      MarkUnknownWords(line, *unknown, marks);
    }
    out += RenderMarkedLine(line, std::move(marks));
    out += "</div>\n";
  }
  out += "</div>\n";
  if (!result.furniture.empty()) {
    out +=
        "<div class=\"furniture\" title=\"page furniture: not part of the "
        "body text\">\n";
    for (const FurnitureLine& f : result.furniture) {
      out += "<div><span class=\"kind\">" +
             HtmlEscape(FurnitureKindName(f.kind)) + "</span>" +
             HtmlEscape(f.text) + "</div>\n";
    }
    out += "</div>\n";
  }
  out += "</div>\n</div>\n</section>\n";
}

// ---- the record -------------------------------------------------------------

struct Pages {
  std::map<int, ShownPage> by_number;

  ShownPage* Find(int number) {
    auto it = by_number.find(number);
    return it == by_number.end() ? nullptr : &it->second;
  }

  // "#p4-l12" when `needle` is on the page, else "#p4"; "" for no page.
  std::string Link(int page, const std::string& needle) {
    if (page <= 0) return "";
    ShownPage* shown = Find(page);
    if (shown == nullptr) return "";
    const int line = FindLine(*shown, needle);
    return "#" + (line > 0 ? LineId(page, line) : PageId(page));
  }

  // A figure's line: the one with both its label and its value, else the
  // label's, else the value's (a bare value can occur inside another).
  std::string FigureLink(int page, const std::string& label,
                         const std::string& value) {
    ShownPage* shown = page > 0 ? Find(page) : nullptr;
    if (shown == nullptr) return "";
    int line = 0;
    for (size_t i = 0; i < shown->lines.size() && line == 0; ++i) {
      const std::string& text = shown->lines[i];
      if (!label.empty() && text.find(label) != std::string::npos &&
          text.find(value) != std::string::npos) {
        line = static_cast<int>(i) + 1;
      }
    }
    if (line == 0) line = FindLine(*shown, label);
    if (line == 0) line = FindLine(*shown, value);
    return "#" + (line > 0 ? LineId(page, line) : PageId(page));
  }
};

std::string Goto(const std::string& href, const std::string& text) {
  if (href.empty()) return HtmlEscape(text);
  return "<a class=\"goto\" href=\"" + HtmlEscape(href) + "\">" +
         HtmlEscape(text) + "</a>";
}

std::string PageLabel(int page) {
  return page > 0 ? "p. " + std::to_string(page) : "";
}

// Numbers a check's detail names ("SUMMA TILLGÅNGAR 3 599 846 = ..."):
// grouped digits of at least four figures, years left out.
std::vector<std::string> FiguresIn(const std::string& detail) {
  std::vector<std::string> out;
  size_t i = 0;
  const auto digit = [&](size_t k) {
    return k < detail.size() && detail[k] >= '0' && detail[k] <= '9';
  };
  while (i < detail.size()) {
    if (!digit(i) || (i > 0 && digit(i - 1))) {
      ++i;
      continue;
    }
    size_t end = i;
    while (digit(end)) ++end;
    // Further groups: one space and exactly three digits.
    while (end + 4 <= detail.size() && detail[end] == ' ' && digit(end + 1) &&
           digit(end + 2) && digit(end + 3) && !digit(end + 4)) {
      end += 4;
    }
    const std::string figure = detail.substr(i, end - i);
    std::string digits;
    for (char c : figure) {
      if (c != ' ') digits += c;
    }
    const bool year =
        figure.size() == 4 && digits >= "1900" && digits <= "2100";
    if (digits.size() >= 4 && !year) out.push_back(figure);
    i = end;
  }
  return out;
}

std::string NumberShown(const std::optional<RecordNumber>& n) {
  if (!n) return "–";
  return n->is_integer ? Grouped(n->integer) : records::RecordNumberText(*n);
}

// `record` may be null (no record: no checks).
void RenderChecks(const ReportRecord* record, Pages& pages, std::string& out) {
  out += "<section class=\"panel\" id=\"checks\"><h2>Checks</h2>\n";
  if (record == nullptr || record->checks.empty()) {
    out += "<p>The record has no checks.</p>\n";
  } else {
    // Failed, then warned, then passed.
    std::vector<const ReportRecord::Check*> ordered;
    for (records::CheckStatus wanted :
         {records::CheckStatus::kFail, records::CheckStatus::kWarn,
          records::CheckStatus::kPass}) {
      for (const ReportRecord::Check& c : record->checks) {
        if (c.status == wanted) ordered.push_back(&c);
      }
    }
    out +=
        "<table><tr><th>check</th><th>status</th><th>detail</th>"
        "<th>pages</th></tr>\n";
    for (const ReportRecord::Check* c : ordered) {
      const std::string status = records::CheckStatusName(c->status);
      const std::string& id = c->id;
      const bool flagged = c->status != records::CheckStatus::kPass;
      std::vector<int> check_pages;
      for (int n : c->pages) {
        if (PageOf(n) > 0) check_pages.push_back(n);
      }
      std::string figures_html;
      if (flagged) {
        for (const std::string& figure : FiguresIn(c->detail)) {
          for (int page : check_pages) {
            ShownPage* shown = pages.Find(page);
            if (shown == nullptr) continue;
            const int line = FindLine(*shown, figure);
            if (line == 0) continue;
            shown->figure_lines.insert(line);
            std::string& why = shown->figure_reasons[line];
            if (why.find(id) == std::string::npos) {
              why += why.empty() ? id : ", " + id;
            }
            figures_html +=
                " " + Goto("#" + LineId(page, line),
                           figure + " (p. " + std::to_string(page) + ")");
          }
        }
      }
      out += std::string("<tr") + (flagged ? " class=\"flag\"" : "") + "><td>" +
             HtmlEscape(id) + "</td><td><span class=\"status-" +
             HtmlEscape(status) + "\">" + HtmlEscape(status) +
             "</span></td><td>" + HtmlEscape(c->detail);
      if (!figures_html.empty()) out += "<br>figures:" + figures_html;
      out += "</td><td>";
      for (int page : check_pages) {
        out += Goto("#" + PageId(page), PageLabel(page)) + " ";
      }
      out += "</td></tr>\n";
    }
    out += "</table>\n";
  }
  if (record != nullptr && !record->warnings.empty()) {
    out += "<h3>Warnings</h3><ul>\n";
    for (const ReportRecord::Warning& w : record->warnings) {
      const int page = PageOf(w.page);
      out += "<li class=\"flag\">" + HtmlEscape(w.code) + ": " +
             HtmlEscape(w.message);
      if (page > 0) out += " " + Goto(pages.Link(page, ""), PageLabel(page));
      out += "</li>\n";
    }
    out += "</ul>\n";
  }
  out += "</section>\n";
}

// `record` may be null (an empty panel).
void RenderRecord(const ReportRecord* record, Pages& pages, std::string& out) {
  out += "<section class=\"panel\" id=\"record\"><h2>Record</h2>\n";
  if (record == nullptr) {
    out += "</section>\n";
    return;
  }
  const ReportRecord::Document& document = record->document;
  out +=
      "<p>" + HtmlEscape(document.type) + " · " + HtmlEscape(document.title) +
      " · " + HtmlEscape(document.organisation_name) + " " +
      HtmlEscape(document.org_number) + " · fiscal year " +
      HtmlEscape(document.fiscal_year > 0 ? std::to_string(document.fiscal_year)
                                          : "–") +
      "</p>\n";

  // Key figures: each links to the statement line it was read from.
  std::map<std::string, std::pair<int, std::string>> key_source;
  for (const ReportRecord::Statement& statement : record->statements) {
    for (const ReportRecord::StatementLine& line : statement.lines) {
      if (!line.key.empty() && key_source.count(line.key) == 0) {
        key_source[line.key] = {PageOf(line.page), line.label};
      }
    }
  }
  if (!record->key_figures.empty()) {
    out +=
        "<h3>Key figures</h3>\n<table id=\"key-figures\"><tr><th>key</th>"
        "<th>values</th><th>from</th></tr>\n";
    for (const ReportRecord::KeyFigure& figure : record->key_figures) {
      const std::string& key = figure.key;
      const auto source = key_source.find(key);
      const int page = source == key_source.end() ? 0 : source->second.first;
      const std::string label =
          source == key_source.end() ? "" : source->second.second;
      out += "<tr class=\"key-figure\" data-key=\"" + HtmlEscape(key) +
             "\"><td>" + HtmlEscape(key) + "</td><td>";
      for (const ReportRecord::YearValue& y : figure.years) {
        std::string shown = NumberShown(y.value);
        std::string digits = shown;
        if (y.value.is_integer) {
          digits = GroupedMagnitude(y.value.integer);  // sign may be "−"
        }
        out += HtmlEscape(std::to_string(y.year)) + ": " +
               Goto(pages.FigureLink(page, label, digits), shown) + "<br>";
      }
      out += "</td><td>" +
             Goto(pages.Link(page, label),
                  label.empty() ? PageLabel(page)
                                : label + " (" + PageLabel(page) + ")") +
             "</td></tr>\n";
    }
    out += "</table>\n";
  }

  if (!record->sections.empty()) {
    out += "<h3>Sections</h3><ul>\n";
    for (const ReportRecord::Section& s : record->sections) {
      const int page = PageOf(s.page);
      out += "<li>" + Goto(pages.Link(page, s.title), s.title) + " <small>" +
             PageLabel(page) + "</small></li>\n";
    }
    out += "</ul>\n";
  }

  if (!record->statements.empty()) {
    out += "<h3>Statements</h3>\n";
    for (const ReportRecord::Statement& statement : record->statements) {
      const int page = PageOf(statement.page);
      const std::string& title = statement.title;
      out +=
          "<details><summary>" + HtmlEscape(statement.name) + ": " +
          Goto(pages.Link(page, title), title + " (" + PageLabel(page) + ")") +
          "</summary>\n<table>\n";
      for (const ReportRecord::StatementLine& line : statement.lines) {
        const int line_page = PageOf(line.page) > 0 ? line.page : page;
        out += "<tr><td>" +
               Goto(pages.Link(line_page, line.label), line.label) +
               "</td><td>" + HtmlEscape(line.key) + "</td>";
        for (const std::optional<RecordNumber>& v : line.values) {
          out += "<td class=\"num\">" + HtmlEscape(NumberShown(v)) + "</td>";
        }
        out += "</tr>\n";
      }
      out += "</table></details>\n";
    }
  }

  if (!record->people.empty()) {
    out += "<h3>People</h3><ul>\n";
    for (const ReportRecord::Person& p : record->people) {
      const int page = PageOf(p.page);
      out += "<li>" + Goto(pages.Link(page, p.name), p.name) + " — " +
             HtmlEscape(p.role) + " (" + HtmlEscape(p.body) + ") <small>" +
             PageLabel(page) + "</small></li>\n";
    }
    out += "</ul>\n";
  }

  if (const auto& visma = record->signatures.visma) {
    const int page = PageOf(visma->page);
    out += "<h3>Signatures (Visma Sign, " +
           Goto(pages.Link(page, ""), PageLabel(page)) + ")</h3><ul>\n";
    for (const ReportRecord::VismaSigner& s : visma->signers) {
      out += "<li>" + Goto(pages.Link(page, s.name), s.name) + " — " +
             HtmlEscape(s.time) + " " + HtmlEscape(s.company) + "</li>\n";
    }
    out += "</ul>\n";
  }
  if (!record->signatures.pdf.empty()) {
    out += "<h3>PDF signatures</h3><ul>\n";
    for (const ReportRecord::PdfSignature& s : record->signatures.pdf) {
      out += "<li>" + HtmlEscape(s.signer) + " " + HtmlEscape(s.signing_time) +
             "</li>\n";
    }
    out += "</ul>\n";
  }

  if (!record->interventions.empty()) {
    out += "<h3>Interventions</h3><ul>\n";
    for (const ReportRecord::Intervention& i : record->interventions) {
      const int page = PageOf(i.page);
      out += "<li>" + Goto(pages.Link(page, i.name), i.name) + " <small>" +
             PageLabel(page) + "</small></li>\n";
    }
    out += "</ul>\n";
  }
  out += "</section>\n";
}

}  // namespace

std::string RenderReviewHtml(const ReviewInput& input) {
  static const DocumentText kNoText;
  const DocumentText& doc = input.text != nullptr ? *input.text : kNoText;
  Pages pages;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    const PageResult& result = doc.pages[i];
    ShownPage shown;
    shown.result = &result;
    if (input.normalization != nullptr &&
        i < input.normalization->pages.size()) {
      shown.normalization = &input.normalization->pages[i];
    }
    shown.lines =
        SplitLines(shown.normalization != nullptr ? shown.normalization->text
                                                  : result.text);
    shown.layout = LayoutOfLines(result);
    // Lines and layout pair up only when the text has the layout's lines.
    if (shown.layout.size() != shown.lines.size()) shown.layout.clear();
    if (input.snapshots != nullptr) {
      for (const PageSnapshot& s : *input.snapshots) {
        if (s.number == result.number) shown.snapshot = &s;
      }
    }
    pages.by_number[result.number] = std::move(shown);
  }

  std::string body;
  // Checks first: they mark the figures on the pages rendered below.
  RenderChecks(input.record, pages, body);
  RenderRecord(input.record, pages, body);
  for (auto& [number, page] : pages.by_number) {
    RenderPage(page, input.low_confidence, input.unknown_words, body);
  }

  int failed = 0;
  for (const PageResult& p : doc.pages) failed += p.status.ok() ? 0 : 1;
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n"
      // Nothing may be loaded from anywhere: pictures are data: URIs.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
      "'none'; img-src data:; style-src 'unsafe-inline'; script-src "
      "'unsafe-inline'\">\n<title>Review: " +
      HtmlEscape(input.file_name) + "</title>\n<style>" + kReviewCss +
      "</style>\n</head>\n<body>\n<header class=\"top\"><h1>" +
      HtmlEscape(input.file_name) + "</h1><span>" +
      std::to_string(doc.pages.size()) + " pages" +
      (failed > 0 ? ", " + std::to_string(failed) + " failed" : "") +
      "</span><span class=\"legend\"><span><mark class=\"lowconf\">low OCR "
      "confidence</mark></span><span><mark class=\"unknown\">unknown "
      "word</mark></span><span><ins class=\"edit\">normaliser "
      "edit</ins></span><span><ins class=\"edit uncertain\">withheld</ins>"
      "</span><span style=\"color:#bbb\">furniture</span></span>"
      "<span class=\"kinds\">step through: <label><input type=\"checkbox\" "
      "data-kind=\"check\" checked> checks</label> <label><input "
      "type=\"checkbox\" data-kind=\"lowconf\" checked> low confidence"
      "</label> <label><input type=\"checkbox\" data-kind=\"unknown\" "
      "checked> unknown words</label> <label><input type=\"checkbox\" "
      "data-kind=\"edit\" "
      "checked> edits</label> <label><input type=\"checkbox\" "
      "data-kind=\"uncertain\" checked> withheld</label></span>"
      "<span class=\"nav\">flagged <span id=\"flagpos\">0</span>/<span "
      "id=\"flagcount\">0</span> · <kbd>n</kbd>/<kbd>j</kbd> next · "
      "<kbd>p</kbd>/<kbd>k</kbd> previous</span></header>\n<main>\n";
  out += body;
  out += "</main>\n<script>" + std::string(kReviewScript) +
         "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace finsam::review
