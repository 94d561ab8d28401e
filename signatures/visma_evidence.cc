#include "signatures/visma_evidence.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

namespace finsam::signatures {
namespace {

// The most frequent non-empty value (the first seen on a tie): one OCR
// misreading on one page does not win over the other pages.
std::string MostCommon(const std::vector<std::string>& values) {
  std::map<std::string, int> counts;
  std::string best;
  int best_count = 0;
  for (const std::string& v : values) {
    if (v.empty()) continue;
    const int c = ++counts[v];
    if (c > best_count) {
      best = v;
      best_count = c;
    }
  }
  return best;
}

}  // namespace

VismaStamp FindVismaStamp(const std::vector<PageEvidence>& pages) {
  static const RE2 kUrl(
      R"((?i)((?:https?://|www\.)[^\s()<>"]+|[a-z0-9.-]*vismasign[a-z0-9.-]*\.[a-z]{2,}(?:/[^\s()<>"]*)?))");
  // "Verifieringskod: 3F1C7E2A0B5D4E7A9C61", "Verification code ABC-123".
  static const RE2 kCode(
      R"((?i)(?:verifieringskod|verifikationskod|verification code|verifiointikoodi)\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9-]{5,}))");
  // "Dokument-ID: 3F1C7E2A-0B5D-4E7A", or the id inside the link.
  static const RE2 kDocumentId(
      R"((?i)(?:dokument-?id|document[ -]?id)\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9-]{5,}))");
  static const RE2 kUuid(
      R"((?i)\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b)");
  VismaStamp stamp;
  std::vector<std::string> urls, codes, ids, uuids;
  for (const PageEvidence& page : pages) {
    if (page.stamp_lines.empty()) continue;
    stamp.pages.push_back(page.number);
    for (const std::string& line : page.stamp_lines) {
      std::string value;
      if (RE2::PartialMatch(line, kUrl, &value)) {
        while (!value.empty() && (value.back() == '.' || value.back() == ',')) {
          value.pop_back();
        }
        urls.push_back(value);
      }
      if (RE2::PartialMatch(line, kCode, &value)) codes.push_back(value);
      if (RE2::PartialMatch(line, kDocumentId, &value)) ids.push_back(value);
      if (RE2::PartialMatch(line, kUuid, &value)) uuids.push_back(value);
    }
  }
  std::sort(stamp.pages.begin(), stamp.pages.end());
  stamp.verification_url = MostCommon(urls);
  // The printed verification code when there is one; else the document id
  // the stamp prints or links to (what the verification page asks for).
  stamp.verification_code = MostCommon(codes);
  stamp.document_id = MostCommon(uuids);
  if (stamp.document_id.empty()) stamp.document_id = MostCommon(ids);
  if (stamp.verification_code.empty()) {
    stamp.verification_code = stamp.document_id;
  }
  return stamp;
}

std::vector<int> SignaturePages(const std::vector<PageEvidence>& pages) {
  std::vector<int> out;
  for (const PageEvidence& page : pages) {
    if (page.signature_page) out.push_back(page.number);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<PageCountCheck> CheckPagesBefore(int stated, int signature_page) {
  if (stated <= 0 || signature_page <= 0) return std::nullopt;
  PageCountCheck check;
  check.stated = stated;
  check.actual = signature_page - 1;
  check.agrees = check.stated == check.actual;
  return check;
}

}  // namespace finsam::signatures
