#include "split/package_split.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/page_role.h"
#include "records/record_text.h"
#include "records/section_extractor.h"
#include "records/text_fold.h"
#include "split/page_number.h"
#include "split/signing_stamp.h"

namespace finsam::split {
namespace {

// ---- weights: a document starts where the sum reaches kStartAt ----
constexpr int kStartAt = 2;
// A title naming a kind of document ("Bilaga 1", seed 001 line 1334;
// "Årsredovisning 2023", the package fixture) starts one by itself.
constexpr int kTitle = 2;
// Under the running line of the page before, carried on unchanged, a
// title alone names a part of the same publication, not a new document
// (trollhattans-jk 2023: "Årsmöte Trollhättans JK 2024-02-14" tops every
// page; "Trollhättans JK - Verksamhetsplan 2025" on page 8 is the
// booklet's one-page plan, its activity report going on at page 9). With
// any other sign of a start (a restarted number, a page closed before) it
// still starts one. A title that names a document the current one cannot
// hold (IsForeign: an "Årsredovisning" after a meeting booklet's notice,
// all under the association's name) counts in full.
constexpr int kTitleUnderSameHeader = 1;
// An annual report's management report ("Förvaltningsberättelse") opening a
// page inside a document that holds no parts (a meeting booklet's notice,
// motions, nomination) begins the annual report: a booklet's report may
// open with it, its title only on the booklet's cover (split_test's
// invented booklet; no development file shows it).
constexpr int kReportOpens = 2;
// An audit report starts a document even inside the annual report's page
// sequence (its auditors wrote it; the printer numbered it on): it
// outweighs kContinues by kStartAt.
constexpr int kAuditTitle = 5;
// A cover page: "Indikatorsutvärdering 2019" alone on seed 001's page 78.
constexpr int kCover = 2;
// "Sida 1" after "Sida 4 av 4"; a total that changes (package fixture).
constexpr int kRestart = 2;
// A document's first printed number is 1 where nothing was numbered
// before. Within its front matter (a titled document's first pages:
// cover, contents) it starts nothing: a report numbers its first text
// page 1 (brf-kastanjen4: "Sida 1 av 17" on page 3). After an untitled
// page it starts a document (seed 001: the annual report's "Sida 1" after
// the förbund's e-mail).
constexpr int kFirstNumber = 1;
constexpr int kFrontMatterPages = 3;
// A number that skips ahead: pages missing, or another document's.
constexpr int kJump = 1;
// A page after the one whose number reached its own total ("Sida 17 av
// 17", "4 (4)"), signature and evidence pages aside, is outside the
// document that numbered itself: stenalderns 2025's accounts on page 6,
// after "4(4)<TAB>Bilaga 1" atop page 5. A sentence running over or an
// annual report's statement outweighs it.
constexpr int kNumberingEnded = 2;
// A running header that begins or changes: seed 001's memo header
// "Tjänsteställe, handläggare ... FöredragningsPM" after the agenda.
constexpr int kHeaderChange = 2;
// Another e-signing transaction on the page's stamp: another signed
// document (brf-malmohus17: the audit report's Scrive transaction after
// the annual report's). OCR's misreadings of one id are one transaction
// (split/signing_stamp.h).
constexpr int kSigningChange = 2;
// A running header that stops: weak alone (an annual report's signature
// page has none), a start with a closed page before (seed 001's e-mail
// after the memo signed "Rickard Simonsson / Regiondirektör").
constexpr int kHeaderEnds = 1;

constexpr int kClosedBefore = 1;
constexpr int kPageSize = 1;
// The next number in the same sequence ("Sida 2 av 14" after "Sida 1 av
// 14"), and a sentence running over the page break (seed 001's agenda page
// 2 ends "... årsredovisning för 2019," under its page-3 header
// "Föredragningslista"), say the document goes on.
constexpr int kContinues = -3;
constexpr int kRunsOn = -3;
// An annual report's notes numbered on from the page before ("Not 4
// Driftkostnader" atop a page whose predecessor ended at "Not 3"): its
// notes pages, whatever their running lines do (brf-malmohus17 2019-20's
// header changes on its notes pages 17 and 24 cut it in three).
constexpr int kNotesContinue = -3;
// An annual report's page that opens with one of its statements, its notes
// or its signatures is the report's, whatever its running lines do: a
// scanned report's förvaltningsberättelse bare, its statements under
// "HSB:s Brf Sjötungan" from page 5 (brf-sjotungan 2007). It outweighs a
// running line that begins or changes, not a title.
constexpr int kReportPart = -2;
// How far a note number may skip ahead and still continue the notes: a
// note printed on a page of its own in between ("Not 22 Skulder till
// kreditinstitut" on a landscape page).
constexpr int kMaxNoteStep = 2;

// An appendix label read by OCR may be this many letters off "bilaga"
// ("Di laga 2", stenalderns 2017 page 4); two would take "bilagor".
constexpr int kLabelMisreadings = 1;
// An appendix a list announces ("Bilaga 3 - Insatserna i siffror,
// statistik ...") is known by its title when the title or the line
// opening its page holds this many words at least, the shorter a word
// prefix of the longer (seed 001's appendix 3 opens "Insatserna i
// siffror"); two words ("Budget 2017") would name many pages.
constexpr int kAnnouncedTitleWords = 3;
// Where a title is looked for: the first lines of the page.
constexpr int kTitleLines = 6;
// A cover page: at most this many lines and words.
constexpr int kCoverMaxLines = 6;
constexpr int kCoverMaxWords = 14;
// Distinct e-signing words that make a page signing evidence: three
// (a stamp on a body page brings two, "Transaktion ... Signerat").
constexpr int kSigningEvidenceMarkers = 3;
// Where a signature block closing a document is looked for.
constexpr int kClosingLines = 8;
// Text input: a top line is a running header when it tops this many pages
// within kHeaderReach pages of each other (seed 001's memo header on three
// pages; "För mer information, se slutrapport" tops two and is none).
constexpr int kHeaderReach = 3;
constexpr int kHeaderPages = 3;
// Page sizes differ when either side differs by more than this share.
constexpr double kSizeTolerance = 0.03;

struct PageFacts {
  std::vector<std::string> lines;  // non-blank body lines, trimmed
  DocumentKind title_kind = DocumentKind::kOther;
  std::string title;
  std::string title_folded;
  bool cover = false;
  // An appendix label printed as the running line ("Bilaga 3-1" atop a
  // scanned booklet's page): the page's title where the line begins.
  std::string header_label;
  // A table of contents: the first words of the titles it lists below
  // the page's own title ("bokslut", "budget").
  std::vector<std::string> contents;
  std::vector<PrintedPageNumber> numbers;
  std::optional<PrintedPageNumber> number;  // not the package's own
  // The running lines, each by its first two words, folded, digits
  // masked: a footer that wraps differently or a repeated table head
  // beside it is the same running matter.
  std::vector<std::string> header;
  bool closes = false;
  bool runs_on = false;
  // The page opens with an annual report's statement, notes or signatures
  // heading ("Resultaträkning", "Noter"): never a document's first page.
  bool report_part = false;
  // The page opens with an annual report's management report
  // ("Förvaltningsberättelse"), and is no table of contents.
  bool report_opens = false;
  // The first and last note headings' numbers ("Not 4 Driftkostnader"),
  // 0 when the page has none.
  int first_note = 0;
  int last_note = 0;
  bool signature_page = false;  // a signature or signing-evidence page
  bool ocr = false;             // PackagePage::ocr
  std::string stamp;            // the e-signing stamp; "" if none
  double width = 0;
  double height = 0;
  bool blank() const { return lines.empty(); }
};

// Running lines are compared with their digits masked: a footer that
// prints the page number in it ("7 | ÅRSREDOVISNING Riksbyggen ...") is
// one footer.
std::string MaskDigits(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (out.empty() || out.back() != '#') out += '#';
    } else {
      out += c;
    }
  }
  return out;
}

// A running line by its first two words: "Resultat deltagare pågående" /
// "Resultat deltagare avslutade" are sections of one document (seed 001's
// appendix 4), "7 | ÅRSREDOVISNING Riksbyggen ..." / "8316" one footer
// (brf-malmohus17).
std::string HeadKey(std::string_view line) {
  std::string folded = MaskDigits(records::Fold(line));
  // OCR reads a speck at the margin as a letter or a mark before the
  // header: "i HSB:s Brf Sjötungan" (brf-sjotungan 2007, page 9).
  while (folded.size() > 2 && folded[0] != '#' && folded[1] == ' ' &&
         folded[2] != ' ') {
    folded.erase(0, 2);
  }
  // A line that opens with numbers only ("716407-5322 Utskrivet:
  // 2025-03-26", stenalderns 2025's accounting printout) is keyed by its
  // words: masked, its numbers alone would match any other's.
  while (folded.size() > 2 && folded[0] == '#' && folded[1] == ' ') {
    const size_t word = folded.find_first_not_of("# ");
    if (word == std::string::npos) break;
    folded.erase(0, folded.rfind(' ', word) + 1);
  }
  size_t space = folded.find(' ');
  if (space == std::string::npos) return folded;
  space = folded.find(' ', space + 1);
  return space == std::string::npos ? folded : folded.substr(0, space);
}

// Whether two pages' running lines have a line in common, OCR's letter
// errors allowed (brf-flygplansfabriken 2023's header read two ways).
bool SharesHead(const std::vector<std::string>& a,
                const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (x == y || records::FoldedNear(x, y)) return true;
    }
  }
  return false;
}

std::vector<std::string> NonBlankLines(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = records::Trim(text.substr(start, end - start));
    if (!line.empty()) out.emplace_back(line);
    start = end + 1;
  }
  return out;
}

int WordCount(std::string_view folded) {
  int words = 0;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] != ' ' && (i == 0 || folded[i - 1] == ' ')) ++words;
  }
  return words;
}

bool IsCover(const PageFacts& f) {
  static const RE2 kYear(R"(\b(?:19|20)\d\d\b)");
  static const RE2 kDate(R"(\b(?:19|20)\d\d-\d\d-\d\d\b)");
  if (f.lines.empty() || f.signature_page ||
      static_cast<int>(f.lines.size()) > kCoverMaxLines) {
    return false;
  }
  int words = 0;
  bool year = false;
  for (const std::string& line : f.lines) {
    words += WordCount(records::Fold(line));
    if (RE2::PartialMatch(line, kDate)) return false;
    if (RE2::PartialMatch(line, kYear)) year = true;
  }
  return words <= kCoverMaxWords &&
         (year || f.title_kind != DocumentKind::kOther);
}

// A signature block among the last lines: a role under a name.
bool ClosesDocument(const std::vector<std::string>& lines) {
  static const RE2 kRole(
      R"(\b(?:ordforande|ordf|ledamot|ledamoter|revisor|revisorer|)"
      R"(direktor|regiondirektor|forbundschef|sekreterare|kassor|justerare|)"
      R"(justeras|verkstallande|styrelseledamot|suppleant|ersattare)\b)");
  static const RE2 kName(
      R"(^[A-ZÅÄÖÉ][a-zåäöéü'-]+(?:\s+[A-ZÅÄÖÉ][a-zåäöéü'-]+){1,3}$)");
  const size_t from =
      lines.size() > kClosingLines ? lines.size() - kClosingLines : 0;
  bool role = false;
  bool name = false;
  for (size_t i = from; i < lines.size(); ++i) {
    const std::string folded = records::Fold(lines[i]);
    if (WordCount(folded) <= 5 && RE2::PartialMatch(folded, kRole)) {
      role = true;
    }
    if (RE2::FullMatch(lines[i], kName)) name = true;
  }
  return role && name;
}

// An e-signing service's evidence page, appended after the document it
// signs: Verified's "Verification / Transaction ID", Scrive's "Verifikat",
// an eIDAS/PAdES summary, an activity log, HSB's "e-signerade med BankID".
// It ends the document before it, as a Visma signature page does.
bool IsSigningEvidence(const std::vector<std::string>& lines) {
  static const RE2 kMarker(
      R"(\b(verification|verifikat|transaction id|transaktion|activity log|)"
      R"(eidas|pades|bankid|signature validity|e signerade|signerade|)"
      R"(signed|signerat|document id|dokument id|audit trail)\b)");
  std::vector<std::string> seen;
  for (const std::string& line : lines) {
    const std::string folded = records::Fold(line);
    re2::StringPiece input(folded);
    std::string marker;
    while (RE2::FindAndConsume(&input, kMarker, &marker)) {
      bool known = false;
      for (const std::string& m : seen) known = known || m == marker;
      if (!known) seen.push_back(marker);
    }
  }
  return static_cast<int>(seen.size()) >= kSigningEvidenceMarkers;
}

// The page's last sentence runs on to the next page.
bool RunsOn(const std::vector<std::string>& lines) {
  if (lines.empty()) return false;
  const std::string& last = lines.back();
  if (last.back() == ',' || last.back() == ';') return true;
  static const RE2 kHyphenated(R"([[:alpha:]]-$)");
  if (RE2::PartialMatch(last, kHyphenated)) return true;
  static const RE2 kOpenWord(
      R"((?:^|\s)(?:och|samt|att|eller|for|som|med|av|i|pa|till|den|det|)"
      R"(en|ett|om|vid|fran|de|ar|har)$)");
  return RE2::PartialMatch(records::Fold(last), kOpenWord);
}

std::string FirstWord(const std::string& folded) {
  return folded.substr(0, folded.find(' '));
}

// A document that holds no other kind of document as its part, and is
// no report's part. An appendix and an untitled document may be anything;
// a report may hold a plan.
bool HoldsNoParts(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kAuditReport:
    case DocumentKind::kAgenda:
    case DocumentKind::kMinutes:
    case DocumentKind::kMemo:
    case DocumentKind::kMotion:
    case DocumentKind::kNomination:
    case DocumentKind::kProxyForm:
      return true;
    default:
      return false;
  }
}

// Whether a title of kind `title` names a document other than the current
// one, of kind `current`, whatever the running line carries on: a meeting
// booklet prints its documents under one running line, and a notice, a
// motion or a nomination neither holds another kind nor is held by one.
// An appendix label under the same line may be the document's own.
bool IsForeign(DocumentKind title, DocumentKind current) {
  return title != current && title != DocumentKind::kOther &&
         title != DocumentKind::kAppendix &&
         (HoldsNoParts(current) || HoldsNoParts(title));
}

// The titles a table of contents lists, from line `from` on, by their
// first word: each entry's first cell without its leaders and page
// number ("Bokslut lånekassa per 1990-12-31", "BUDGET"; kalmar nation's
// bokslut 1990). The kinds that are never a report's part are left out:
// an audit report, listed or not, is read as a document of its own (and
// joined to the report it audits); a notice, a nomination, a proxy form
// are the documents of a meeting booklet whose contents list them beside
// its annual report's parts.
std::vector<std::string> ContentsEntries(const std::vector<std::string>& lines,
                                         size_t from) {
  static const RE2 kPageRef(R"((?:\s*(?:\.{2,}|…)\s*|\s+)\d{1,3}\s*$)");
  static const RE2 kLeaders(R"(\s*(?:\.{2,}|…)\s*$)");
  std::vector<std::string> out;
  for (size_t i = from; i < lines.size(); ++i) {
    const std::vector<std::string> cells = records::LineCells(lines[i]);
    if (cells.empty()) continue;
    std::string entry = cells.front();
    RE2::Replace(&entry, kPageRef, "");
    RE2::Replace(&entry, kLeaders, "");
    const DocumentKind kind = TitleKind(entry);
    if (kind == DocumentKind::kOther || HoldsNoParts(kind)) {
      continue;
    }
    out.push_back(FirstWord(records::Fold(entry)));
  }
  return out;
}

// The annual report's part whose heading is one of the page's first lines
// (its first cell: a statement's heading shares its line with the year
// columns): a statement, the notes, the signatures, which never open a
// document, or the management report, which opens the report; kOther when
// none. OCR puts specks above it ("CI", "RR" on brf-sjotungan 2007's
// balance sheet), so the first kTitleLines lines are read.
records::SectionKind OpeningReportPart(const std::vector<std::string>& lines) {
  for (size_t i = 0; i < lines.size() && i < kTitleLines; ++i) {
    const std::string cell = lines[i].substr(0, lines[i].find('\t'));
    const records::SectionKind kind = records::KindOfTitle(cell);
    switch (kind) {
      case records::SectionKind::kManagementReport:
      case records::SectionKind::kIncomeStatement:
      case records::SectionKind::kBalanceSheet:
      case records::SectionKind::kCashFlow:
      case records::SectionKind::kNotes:
      case records::SectionKind::kEquityChanges:
      case records::SectionKind::kAppropriation:
      case records::SectionKind::kBoardSignatures:
        return kind;
      default:
        break;
    }
  }
  return records::SectionKind::kOther;
}

// An appendix label as OCR misreads it, the page's first line: "Di laga
// 2," and "Bi laga 2" on stenalderns 2017's scanned pages 4 and 5 (one
// letter off, the word broken): "Bilaga 2"; "" when the line is none.
std::string OcrAppendixLabel(const std::string& line) {
  // Folded: "di laga 2", "bilaga 3 1" (printed "3-1").
  static const RE2 kLabel(R"(([a-z]+) ?([a-z]*) (\d{1,2}(?: \d)?[a-z]?))");
  std::string first, second, number;
  if (!RE2::FullMatch(records::Fold(line), kLabel, &first, &second, &number)) {
    return "";
  }
  if (records::EditDistance(first + second, "bilaga", kLabelMisreadings) >
      kLabelMisreadings) {
    return "";
  }
  std::replace(number.begin(), number.end(), ' ', '-');
  return "Bilaga " + number;
}

PageFacts ReadFacts(const PackagePage& page) {
  PageFacts f;
  f.lines = NonBlankLines(page.text);
  f.signature_page = page.signature_page || IsSigningEvidence(f.lines);
  f.ocr = page.ocr;
  if (!page.signing_stamps.empty()) {
    f.stamp = page.signing_stamps.front();
  }
  f.width = page.width_pt;
  f.height = page.height_pt;
  for (const std::string& line : page.page_number_lines) {
    if (auto n = ParsePageNumber(line)) f.numbers.push_back(*n);
  }
  const size_t title_lines =
      std::min(f.lines.size(), static_cast<size_t>(kTitleLines));
  std::vector<size_t> titles;
  std::vector<DocumentKind> title_kinds;  // each title's, from its cell
  for (size_t i = 0; i < title_lines; ++i) {
    // The line, or one of its cells: a table row "1<TAB>Bilaga 4a" holds
    // the page's number and its title (stenalderns 2025).
    std::string title = f.lines[i];
    DocumentKind kind = TitleKind(title);
    if (kind == DocumentKind::kOther && title.find('\t') != std::string::npos) {
      const std::vector<std::string> cells = records::LineCells(title);
      // A booklet's label ("Bilaga 5") before another cell's kind: the
      // label names the document, "Budget och utfall" beside it its
      // content (stenalderns 2025, page 19).
      for (const std::string& cell : cells) {
        const DocumentKind cell_kind = TitleKind(cell);
        if (cell_kind != DocumentKind::kOther &&
            (kind == DocumentKind::kOther ||
             cell_kind == DocumentKind::kAppendix)) {
          kind = cell_kind;
          title = cell;
        }
        if (kind == DocumentKind::kAppendix) break;
      }
      // Its other cell a page number: the page's, printed beside the
      // title in one header row ("1<TAB>Bilaga 4d" atop each one-page
      // motion).
      for (size_t c = 0; c < cells.size() && cells.size() == 2; ++c) {
        auto n = ParsePageNumber(cells[c]);
        if (n && kind != DocumentKind::kOther) f.numbers.push_back(*n);
      }
    }
    if (kind == DocumentKind::kOther) continue;
    titles.push_back(i);
    title_kinds.push_back(kind);
    if (titles.size() > 1) continue;
    f.title_kind = kind;
    f.title = title;
    f.title_folded = records::Fold(title);
  }
  // An audit report opens with its addressee ("Till föreningsstämman i
  // Riksbyggen Bostadsrättsförening Malmöhus 17, org. nr ...") where its
  // title is only in a footer.
  if (f.title_kind == DocumentKind::kOther) {
    static const RE2 kAddressee(
        R"(^till (?:foreningsstamman|forbundsmedlemmarna|arsstamman|)"
        R"(stamman|fullmaktige|regionfullmaktige|kommunfullmaktige) i )");
    for (size_t i = 0; i < title_lines && i < 2; ++i) {
      if (RE2::PartialMatch(records::Fold(f.lines[i]), kAddressee)) {
        f.title_kind = DocumentKind::kAuditReport;
        f.title = f.lines[i];
        f.title_folded = records::Fold(f.lines[i]);
        break;
      }
    }
  }
  // Titles on adjacent lines are a list of documents (seed 001's agenda,
  // "Beslutsunderlag"), not a title page; an agenda's title stands apart
  // from the items under it (the package fixture).
  // Three titles at the top are a list; two adjacent ones of one kind
  // too, while "Bilaga 4b" over "Motion om ..." labels a motion.
  const bool list =
      titles.size() > 2 || (titles.size() == 2 && titles[1] == titles[0] + 1 &&
                            title_kinds[0] == title_kinds[1]);
  if (list) {
    f.title_kind = DocumentKind::kOther;
    f.title.clear();
    f.title_folded.clear();
  }
  // Asked as of an inner page (index 1 of 2) so that only a contents
  // list answers, never "cover": where the page stands is not known here.
  const bool toc = ClassifyPageRole(page.text, 1, 2) == PageRole::kToc;
  if (toc) {
    f.contents = ContentsEntries(f.lines, titles.empty() ? 0 : titles[0] + 1);
  }
  if (f.ocr && titles.empty() && !f.lines.empty()) {
    f.title = OcrAppendixLabel(f.lines[0]);
    if (!f.title.empty()) {
      f.title_kind = DocumentKind::kAppendix;
      f.title_folded = records::Fold(f.title);
    }
  }
  f.cover = IsCover(f);
  const records::SectionKind part = OpeningReportPart(f.lines);
  f.report_opens = part == records::SectionKind::kManagementReport && !toc;
  f.report_part = part != records::SectionKind::kOther &&
                  part != records::SectionKind::kManagementReport;
  f.closes = ClosesDocument(f.lines);
  // A page that closes with signatures runs into no next page: "Revisor
  // i" under the names is a speck OCR read (stenalderns 2025, page 10).
  f.runs_on = RunsOn(f.lines) && !f.closes;
  static const RE2 kNote(R"(^not (\d{1,2})(?: |$))");
  for (const std::string& line : f.lines) {
    int note = 0;
    if (!RE2::PartialMatch(records::Fold(line), kNote, &note) || note == 0) {
      continue;
    }
    if (f.first_note == 0) f.first_note = note;
    f.last_note = note;
  }
  if (page.running_known) {
    for (const std::string& line : page.running_lines) {
      // c. A lone number the furniture took for a running line ("1" atop
      // each one-page motion) is a page number.
      if (auto n = ParsePageNumber(line)) {
        f.numbers.push_back(*n);
        continue;
      }
      // A cell of it the page number ("1(4)<TAB>Bilaga 1", stenalderns
      // 2025): the number, and the rest the running line.
      std::string rest = line;
      if (line.find('\t') != std::string::npos) {
        rest.clear();
        for (const std::string& cell : records::LineCells(line)) {
          if (auto n = ParsePageNumber(cell)) {
            f.numbers.push_back(*n);
          } else {
            rest += (rest.empty() ? "" : " ") + cell;
          }
        }
      }
      if (!rest.empty()) f.header.push_back(HeadKey(rest));
      if (f.header_label.empty() &&
          TitleKind(rest) == DocumentKind::kAppendix) {
        f.header_label = rest;
      }
    }
  }
  return f;
}

// Whether the shorter of two folded lines holds `min_words` words at
// least and the longer opens with it, word for word.
bool OneOpensTheOther(std::string_view a, std::string_view b, int min_words) {
  const std::string_view shorter = a.size() < b.size() ? a : b;
  const std::string_view longer = a.size() < b.size() ? b : a;
  return WordCount(shorter) >= min_words &&
         longer.substr(0, shorter.size()) == shorter &&
         (longer.size() == shorter.size() || longer[shorter.size()] == ' ');
}

// Whether two folded titles name one document: equal, or one the other
// with words after it ("Bilaga 6" over a table's "Summa" cell on a
// booklet's second page of its appendix 6; stenalderns 2017). The shorter
// holds two words at least: "Årsredovisning" alone names no year.
bool SameTitle(const std::string& a, const std::string& b) {
  return a == b || OneOpensTheOther(a, b, 2);
}

// An appendix that a list of the package's documents announces by label
// and title (seed 001's "Beslutsunderlag": "Bilaga 2 - Sammanställning av
// måluppfyllelse för finansierade insatser, individinriktade"), and its
// first page printing the title without the label ("Sammanställning av
// måluppfyllelse för finansierade insatser."): that page is titled by the
// list's entry. Only a page after the list, and one that found no title
// of its own.
void TitleAnnouncedAppendices(std::vector<PageFacts>* facts) {
  static const RE2 kEntry(R"(^bilaga \d{1,2}[a-z]? ([a-z].*)$)");
  struct Entry {
    std::string line;         // as printed
    std::string description;  // folded, without the label
  };
  std::vector<Entry> entries;
  for (PageFacts& f : *facts) {
    const size_t title_lines =
        std::min(f.lines.size(), static_cast<size_t>(kTitleLines));
    for (size_t i = 0; i < title_lines && f.title_kind == DocumentKind::kOther;
         ++i) {
      const std::string folded = records::Fold(f.lines[i]);
      for (const Entry& e : entries) {
        if (!OneOpensTheOther(folded, e.description, kAnnouncedTitleWords)) {
          continue;
        }
        f.title_kind = DocumentKind::kAppendix;
        f.title = e.line;
        f.title_folded = records::Fold(e.line);
        break;
      }
    }
    for (const std::string& line : f.lines) {
      std::string description;
      if (RE2::FullMatch(records::Fold(line), kEntry, &description)) {
        entries.push_back({line, description});
      }
    }
  }
}

// Text input: a first line repeated at the top of a page nearby is a
// running header.
void FindTextHeaders(const std::vector<PackagePage>& pages,
                     std::vector<PageFacts>* facts) {
  // The first two lines of each page, folded.
  std::vector<std::vector<std::string>> top(facts->size());
  for (size_t i = 0; i < facts->size(); ++i) {
    const std::vector<std::string>& lines = (*facts)[i].lines;
    for (size_t k = 0; k < lines.size() && k < 2; ++k) {
      top[i].push_back(MaskDigits(records::Fold(lines[k])));
    }
  }
  auto tops = [&](size_t j, const std::string& line) {
    for (const std::string& t : top[j]) {
      if (t == line) return true;
    }
    return false;
  };
  for (size_t i = 0; i < facts->size(); ++i) {
    if (pages[i].running_known) continue;
    for (const std::string& line : top[i]) {
      int seen = 1;
      for (size_t j = i >= kHeaderReach ? i - kHeaderReach : 0;
           j <= i + kHeaderReach && j < facts->size(); ++j) {
        if (j != i && tops(j, line)) ++seen;
      }
      if (seen >= kHeaderPages) {
        (*facts)[i].header.push_back(HeadKey(line));
        break;
      }
    }
  }
}

// The numbers that count the whole package ("33 (332)" on every page of
// seed 001) are left out: a total as large as the package.
void PickNumbers(std::vector<PageFacts>* facts) {
  const int pages = static_cast<int>(facts->size());
  for (PageFacts& f : *facts) {
    for (const PrintedPageNumber& n : f.numbers) {
      if (n.total > 0 && n.total >= pages && n.total > 1) continue;
      f.number = n;
      break;
    }
  }
}

bool SizeDiffers(const PageFacts& a, const PageFacts& b) {
  if (a.width <= 0 || b.width <= 0) return false;
  auto near = [](double x, double y) {
    return std::abs(x - y) <= kSizeTolerance * std::max(x, y);
  };
  if (near(a.width, b.width) && near(a.height, b.height)) return false;
  // A landscape page in a portrait document is the same paper turned.
  return !(near(a.width, b.height) && near(a.height, b.width));
}

// A report in parts, which its table of contents may list: an agenda's
// or a booklet's list names documents instead.
bool HasSections(DocumentKind kind) {
  return kind == DocumentKind::kAnnualReport ||
         kind == DocumentKind::kActivityReport ||
         kind == DocumentKind::kInterimReport || kind == DocumentKind::kPlan;
}

}  // namespace

std::vector<PackageDocument> SplitPackage(
    const std::vector<PackagePage>& pages) {
  std::vector<PackageDocument> out;
  if (pages.empty()) return out;
  std::vector<PageFacts> facts;
  facts.reserve(pages.size());
  for (const PackagePage& page : pages) facts.push_back(ReadFacts(page));
  FindTextHeaders(pages, &facts);
  PickNumbers(&facts);
  TitleAnnouncedAppendices(&facts);

  auto open = [&](int index, std::vector<std::string> reasons) {
    PackageDocument doc;
    doc.first_page = index + 1;
    doc.last_page = index + 1;
    doc.kind = facts[index].title_kind;
    doc.title = facts[index].title;
    doc.reasons = std::move(reasons);
    out.push_back(std::move(doc));
  };
  open(0, {"first-page"});
  int doc_start = 0;
  // What the current document's own table of contents lists: titles of
  // its parts, which start none (kalmar nation's bokslut 1990 lists
  // "Bokslut lånekassa ..." and "Budget för Kalmar Nation 1991", the
  // titles of its pages 12 and 13).
  std::vector<std::string> listed = facts[0].contents;
  // Whether the current document has a page of its own yet: e-signing
  // evidence placed before the document it signs (TellusTalk's
  // "Signerat dokument", records/evidence_page.h) is that document's.
  bool has_content = !facts[0].blank() && !facts[0].signature_page;
  int prev = facts[0].blank() ? -1 : 0;  // the last page with text
  for (int i = 1; i < static_cast<int>(facts.size()); ++i) {
    const PageFacts& f = facts[i];
    out.back().last_page = i + 1;
    if (f.blank()) continue;
    // A running line that begins with an appendix label titles the page
    // (stenalderns 2017: "Bilaga 3-1" atop page 10, none on page 9).
    if (f.title_kind == DocumentKind::kOther && !f.header_label.empty() &&
        prev >= 0 && f.ocr == facts[prev].ocr &&
        !SharesHead(f.header, facts[prev].header)) {
      facts[i].title_kind = DocumentKind::kAppendix;
      facts[i].title = f.header_label;
      facts[i].title_folded = records::Fold(f.header_label);
    }
    int score = 0;
    std::vector<std::string> reasons;
    const std::string doc_title = records::Fold(out.back().title);
    // A title repeated on a document's pages names no new one, unless
    // the page before closed a document with its signatures: the
    // authorised auditor's Revisionsberättelse after the elected
    // auditor's, signed "Erik Olsson / Förtroendevald revisor"
    // (Lindh 2011, pages 15 and 16).
    const bool closed_before = prev >= 0 && facts[prev].closes;
    // A cover's document goes on to its title page: a page of the same
    // kind right after the cover that opened it ("Årsredovisning 2014"
    // alone, then "Årsredovisning / för / Brf ... / Räkenskapsåret 2014")
    // is its front matter, not another document. A cover that names no
    // kind is the cover of the titled page after it, which names the
    // document (Lindh 2013: "Doktor Lindh / ÅRSMÖTE / 14 maj 2013", then
    // "Brf Doktor Lindh / Årsredovisning / för / räkenskapsåret ...").
    const bool title_page = prev == doc_start && facts[doc_start].cover &&
                            f.title_kind != DocumentKind::kOther &&
                            (f.title_kind == out.back().kind ||
                             out.back().kind == DocumentKind::kOther);
    if (title_page && out.back().kind == DocumentKind::kOther) {
      out.back().kind = f.title_kind;
      out.back().title = f.title;
    }
    const bool part_listed =
        HasSections(out.back().kind) &&
        std::find(listed.begin(), listed.end(), FirstWord(f.title_folded)) !=
            listed.end();
    const bool repeated =
        title_page || part_listed ||
        (!closed_before &&
         (SameTitle(f.title_folded, doc_title) ||
          (prev >= 0 && SameTitle(f.title_folded, facts[prev].title_folded))));
    const bool same_header = prev >= 0 && f.ocr == facts[prev].ocr &&
                             !f.header.empty() && !facts[prev].header.empty() &&
                             SharesHead(f.header, facts[prev].header);
    // A title naming a document the current one cannot hold: the running
    // line carried on makes it no part.
    // A page opening with a management report names an annual report.
    const DocumentKind named =
        f.title_kind == DocumentKind::kOther && f.report_opens
            ? DocumentKind::kAnnualReport
            : f.title_kind;
    const bool foreign = !repeated && IsForeign(named, out.back().kind);
    if (f.title_kind != DocumentKind::kOther && !repeated) {
      const bool audit = f.title_kind == DocumentKind::kAuditReport;
      const bool part = same_header && !foreign;
      score += audit ? kAuditTitle : (part ? kTitleUnderSameHeader : kTitle);
      reasons.push_back(audit ? "audit-title" : "title");
    }
    if (f.cover && !title_page) {
      score += kCover;
      reasons.push_back("cover");
    }
    if (f.number) {
      // The last number of the same style in the current document.
      int last = -1;
      for (int j = i - 1; j >= doc_start; --j) {
        if (facts[j].number && facts[j].number->style == f.number->style) {
          last = j;
          break;
        }
      }
      if (last >= 0) {
        const PrintedPageNumber& p = *facts[last].number;
        const int expected = p.number + (i - last);
        if (p.total == f.number->total && f.number->number > p.number &&
            f.number->number <= expected) {
          score += kContinues;
        } else if ((f.ocr || facts[last].ocr) && f.number->number != 1) {
          // OCR misreads numbers (brf-flygplansfabriken 2023's "Sida N
          // av 15" made two false starts): one that breaks the sequence
          // shows nothing unless it starts one at 1.
        } else if (f.number->number <= p.number || p.total != f.number->total) {
          score += kRestart;
          reasons.push_back("numbering-restart");
        } else {
          score += kJump;
          reasons.push_back("numbering-jump");
        }
      } else if (f.number->number == 1) {
        bool numbered_before = false;
        for (int j = doc_start; j < i; ++j) {
          numbered_before = numbered_before || facts[j].number.has_value();
        }
        const bool front_matter = out.back().kind != DocumentKind::kOther &&
                                  i - doc_start < kFrontMatterPages;
        score += numbered_before || !front_matter ? kRestart : kFirstNumber;
        reasons.push_back("numbering-restart");
      } else if (f.number->number > 1 &&
                 f.number->number == i - doc_start + 1) {
        // The first number the document prints, and its place in the
        // document: "Sida 2 av 3" after an unnumbered cover.
        score += kContinues;
      }
    }
    // The last page of the current document with a page of its own (not
    // a signature or evidence page): its number at its total, in a
    // sequence the document holds from its first number on (an audit
    // report numbered on as the report's "Sida 4 av 4" ends no sequence
    // of its own).
    for (int j = i - 1; j >= doc_start; --j) {
      if (facts[j].blank() || facts[j].signature_page) continue;
      const std::optional<PrintedPageNumber>& n = facts[j].number;
      if (n && n->total > 0 && n->number == n->total &&
          n->number - (j - doc_start) <= 1) {
        score += kNumberingEnded;
        reasons.push_back("numbering-ended");
      }
      break;
    }
    if (prev >= 0) {
      const PageFacts& p = facts[prev];
      // Running lines read by OCR on one page and from the text layer on
      // the other are not compared: a layer whose fonts lost their
      // mapping prints its header as "QE KXFOK@MRE@AQHJDM", which the OCR
      // of the next page reads as "Brf Flygplansfabriken"
      // (brf-flygplansfabriken 2023, pages 6 and 7).
      if (f.ocr == p.ocr && !SharesHead(f.header, p.header) &&
          (!f.header.empty() || !p.header.empty())) {
        // A document's first page (its cover) has no header: the pages
        // after it begin one.
        // Likewise a titled document's unnumbered front matter (cover,
        // contents: brf-malmohus17's footers begin on page 3).
        const bool front_matter =
            doc_start == prev ||
            (out.back().kind != DocumentKind::kOther && p.header.empty() &&
             i - doc_start < kFrontMatterPages);
        if (!f.header.empty() && !front_matter) {
          score += kHeaderChange;
          reasons.push_back("header-change");
        } else if (f.header.empty() && !p.header.empty()) {
          score += kHeaderEnds;
          reasons.push_back("header-ends");
        }
      }
      // The nearest page before with a stamp.
      for (int j = i - 1; j >= 0 && !f.stamp.empty(); --j) {
        if (facts[j].stamp.empty()) continue;
        if (!SameSigning(facts[j].stamp, f.stamp, f.ocr || facts[j].ocr)) {
          score += kSigningChange;
          reasons.push_back("signing-change");
        }
        break;
      }
      if (p.closes || p.signature_page) {
        score += kClosedBefore;
        reasons.push_back("closed-before");
      }
      if (SizeDiffers(f, p)) {
        score += kPageSize;
        reasons.push_back("page-size");
      }
      if (p.runs_on) score += kRunsOn;
      if (f.report_part && out.back().kind == DocumentKind::kAnnualReport) {
        score += kReportPart;
      }
      if (f.title_kind == DocumentKind::kOther && f.report_opens && foreign) {
        score += kReportOpens;
        reasons.push_back("report-opens");
      }
      // The notes the current document printed last.
      for (int j = i - 1; j >= doc_start && f.first_note > 0; --j) {
        if (facts[j].last_note == 0) continue;
        if (f.first_note > facts[j].last_note &&
            f.first_note <= facts[j].last_note + kMaxNoteStep) {
          score += kNotesContinue;
        }
        break;
      }
    }
    // A signature page ends the document before it.
    if (score >= kStartAt && !f.signature_page && !has_content) {
      // The evidence page before it: one document, named by this page.
      out.back().kind = f.title_kind;
      out.back().title = f.title;
      doc_start = i;
    } else if (score >= kStartAt && !f.signature_page) {
      out.back().last_page = i;
      open(i, std::move(reasons));
      out.back().kind = named;
      doc_start = i;
      listed.clear();
    }
    listed.insert(listed.end(), f.contents.begin(), f.contents.end());
    has_content = has_content || !f.signature_page;
    prev = i;
  }
  return out;
}

}  // namespace finsam::split
