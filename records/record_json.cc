#include "records/record_json.h"

#include <charconv>
#include <utility>

namespace finsam::records {
namespace {

using Json = nlohmann::ordered_json;
using R = ReportRecord;

// ---- writing ---------------------------------------------------------------

Json NumberJson(const RecordNumber& n) {
  if (n.is_integer) return Json(n.integer);
  return Json(n.real);
}

Json CellsJson(const std::vector<std::optional<RecordNumber>>& cells) {
  Json out = Json::array();
  for (const auto& c : cells) {
    out.push_back(c ? NumberJson(*c) : Json(nullptr));
  }
  return out;
}

Json StatementJson(const R::Statement& st) {
  Json j;
  j["title"] = st.title;
  if (st.page > 0) j["page"] = st.page;
  j["unit"] = st.unit;
  j["columns"] = st.columns;
  Json lines = Json::array();
  for (const R::StatementLine& l : st.lines) {
    Json line;
    line["label"] = l.label;
    if (!l.key.empty()) line["key"] = l.key;
    if (!l.note.empty()) line["note"] = l.note;
    line["values"] = CellsJson(l.values);
    line["values_kr"] = CellsJson(l.values_kr);
    if (!l.unit.empty()) line["unit"] = l.unit;
    if (!l.complete) line["complete"] = false;
    if (l.derived) line["derived"] = true;
    if (!l.repaired.empty()) {
      Json repaired = Json::array();
      for (const R::RepairedCell& r : l.repaired) {
        Json cell;
        cell["column"] = r.column;
        cell["read"] = NumberJson(r.read);
        repaired.push_back(std::move(cell));
      }
      line["repaired"] = std::move(repaired);
    }
    if (l.page > 0) line["page"] = l.page;
    lines.push_back(std::move(line));
  }
  j["lines"] = std::move(lines);
  return j;
}

Json VismaJson(const R::Visma& v) {
  Json j;
  if (v.pages_before > 0) j["pages_before"] = v.pages_before;
  if (v.page > 0) j["page"] = v.page;
  if (!v.document_id.empty()) j["document_id"] = v.document_id;
  Json signers = Json::array();
  for (const R::VismaSigner& s : v.signers) {
    Json sj;
    sj["name"] = s.name;
    // OCR of a scanned signature page often loses the grey time.
    if (!s.time.empty()) sj["time"] = s.time;
    if (!s.country.empty()) sj["country"] = s.country;
    if (!s.company.empty()) sj["company"] = s.company;
    if (!s.role.empty()) sj["role"] = s.role;
    if (!s.authentication.empty()) sj["authentication"] = s.authentication;
    if (!s.hash.empty()) sj["hash"] = s.hash;
    signers.push_back(std::move(sj));
  }
  j["signers"] = std::move(signers);
  if (v.stamp) {
    const R::VismaStamp& stamp = *v.stamp;
    Json st;
    st["pages"] = stamp.pages;
    if (!stamp.verification_url.empty()) {
      st["verification_url"] = stamp.verification_url;
    }
    if (!stamp.verification_code.empty()) {
      st["verification_code"] = stamp.verification_code;
    }
    if (!stamp.document_id.empty()) st["document_id"] = stamp.document_id;
    if (stamp.document_id_agrees) {
      st["document_id_agrees"] = *stamp.document_id_agrees;
    }
    j["stamp"] = std::move(st);
  }
  if (!v.signature_pages.empty()) j["signature_pages"] = v.signature_pages;
  if (v.pages_before_actual) j["pages_before_actual"] = *v.pages_before_actual;
  if (v.pages_before_agrees) j["pages_before_agrees"] = *v.pages_before_agrees;
  return j;
}

Json PdfSignatureJson(const R::PdfSignature& s) {
  Json j;
  if (!s.field.empty()) j["field"] = s.field;
  if (!s.subfilter.empty()) j["subfilter"] = s.subfilter;
  if (!s.signing_time.empty()) j["signing_time"] = s.signing_time;
  if (!s.signer.empty()) j["signer"] = s.signer;
  j["covers_whole_file"] = s.covers_whole_file;
  if (s.digest_valid) j["digest_valid"] = *s.digest_valid;
  if (s.signature_valid) j["signature_valid"] = *s.signature_valid;
  j["chain_validated"] = s.chain_validated;
  j["note"] = s.note;
  if (!s.name.empty()) j["name"] = s.name;
  if (!s.filter.empty()) j["filter"] = s.filter;
  if (!s.reason.empty()) j["reason"] = s.reason;
  if (!s.location.empty()) j["location"] = s.location;
  if (!s.cms_signing_time.empty()) j["cms_signing_time"] = s.cms_signing_time;
  if (!s.digest_algorithm.empty()) j["digest_algorithm"] = s.digest_algorithm;
  if (!s.signature_algorithm.empty()) {
    j["signature_algorithm"] = s.signature_algorithm;
  }
  if (s.certificate) {
    const R::Certificate& c = *s.certificate;
    Json cert;
    cert["subject"] = c.subject;
    if (!c.common_name.empty()) cert["common_name"] = c.common_name;
    if (!c.organization.empty()) cert["organization"] = c.organization;
    if (!c.country.empty()) cert["country"] = c.country;
    if (!c.serial_number.empty()) cert["serial_number"] = c.serial_number;
    cert["issuer"] = c.issuer;
    if (!c.serial.empty()) cert["serial"] = c.serial;
    if (!c.not_before.empty()) cert["not_before"] = c.not_before;
    if (!c.not_after.empty()) cert["not_after"] = c.not_after;
    cert["self_signed"] = c.self_signed;
    j["certificate"] = std::move(cert);
  }
  if (s.byte_range) j["byte_range"] = *s.byte_range;
  if (s.range) {
    j["signed_revision_covered"] = s.range->signed_revision_covered;
    j["bytes_after"] = s.range->bytes_after;
    j["incremental_updates_after"] = s.range->incremental_updates_after;
    if (s.range->later_signatures > 0) {
      j["later_signatures"] = s.range->later_signatures;
    }
  }
  if (!s.warnings.empty()) j["warnings"] = s.warnings;
  return j;
}

Json PrintedJson(const R::Printed& printed) {
  Json p;
  if (!printed.method.empty()) p["method"] = printed.method;
  Json board = Json::array();
  for (const R::PrintedSigner& s : printed.board) {
    Json j;
    j["name"] = s.name;
    if (!s.role.empty()) j["role"] = s.role;
    board.push_back(std::move(j));
  }
  Json auditors = Json::array();
  for (const R::PrintedSigner& s : printed.auditors) {
    Json j;
    j["name"] = s.name;
    if (!s.as_printed.empty()) j["as_printed"] = s.as_printed;
    auditors.push_back(std::move(j));
  }
  if (!board.empty()) p["board"] = std::move(board);
  if (!auditors.empty()) p["auditors"] = std::move(auditors);
  return p;
}

Json MatchJson(const R::SignerMatch& match) {
  Json m;
  Json matched = Json::array();
  for (const R::NameMatch& n : match.matched) {
    Json j;
    j["signer"] = n.signer;
    j["printed"] = n.printed;
    j["under"] = n.under;
    matched.push_back(std::move(j));
  }
  m["matched"] = std::move(matched);
  m["unmatched_signers"] = match.unmatched_signers;
  Json unmatched = Json::array();
  for (const R::PrintedName& p : match.unmatched_printed) {
    Json j;
    j["name"] = p.name;
    j["under"] = p.under;
    unmatched.push_back(std::move(j));
  }
  m["unmatched_printed"] = std::move(unmatched);
  return m;
}

// ---- reading ---------------------------------------------------------------

// Reads the members of one JSON object; the first problem anywhere in the
// record is kept in `*error` (later ones are not looked for).
class ObjectReader {
 public:
  ObjectReader(const Json& json, std::string path, std::string* error)
      : json_(json), path_(std::move(path)), error_(error) {
    if (!json_.is_object()) Fail(path_, "an object");
  }

  std::string Path(const char* key) const {
    return path_.empty() ? key : path_ + "." + key;
  }
  void Fail(const std::string& where, const char* want) const {
    if (error_->empty()) *error_ = where + ": expected " + want;
  }

  // The member, or nullptr when absent (a problem when `required`).
  const Json* Find(const char* key, bool required = false) const {
    if (!json_.is_object()) return nullptr;
    auto it = json_.find(key);
    if (it == json_.end()) {
      if (required) Fail(Path(key), "a value");
      return nullptr;
    }
    return &*it;
  }

  std::string String(const char* key, bool required = false) const {
    const Json* v = Find(key, required);
    if (v == nullptr) return "";
    if (!v->is_string()) {
      Fail(Path(key), "a string");
      return "";
    }
    return v->get<std::string>();
  }

  std::optional<int64_t> OptionalInteger(const char* key,
                                         bool required = false) const {
    const Json* v = Find(key, required);
    if (v == nullptr) return std::nullopt;
    if (!v->is_number_integer()) {
      Fail(Path(key), "an integer");
      return std::nullopt;
    }
    return v->get<int64_t>();
  }
  int Int(const char* key, bool required = false) const {
    return static_cast<int>(OptionalInteger(key, required).value_or(0));
  }

  std::optional<bool> OptionalBool(const char* key,
                                   bool required = false) const {
    const Json* v = Find(key, required);
    if (v == nullptr) return std::nullopt;
    if (!v->is_boolean()) {
      Fail(Path(key), "true or false");
      return std::nullopt;
    }
    return v->get<bool>();
  }

  // The member when it is an array (nullptr when absent or not one).
  const Json* Array(const char* key, bool required = false) const {
    const Json* v = Find(key, required);
    if (v != nullptr && !v->is_array()) {
      Fail(Path(key), "an array");
      return nullptr;
    }
    return v;
  }

  std::vector<std::string> Strings(const char* key) const {
    std::vector<std::string> out;
    if (const Json* a = Array(key)) {
      for (size_t i = 0; i < a->size(); ++i) {
        if (!(*a)[i].is_string()) {
          Fail(Path(key) + "[" + std::to_string(i) + "]", "a string");
          continue;
        }
        out.push_back((*a)[i].get<std::string>());
      }
    }
    return out;
  }

  template <typename T>
  std::vector<T> Integers(const char* key, bool required = false) const {
    std::vector<T> out;
    if (const Json* a = Array(key, required)) {
      for (size_t i = 0; i < a->size(); ++i) {
        if (!(*a)[i].is_number_integer()) {
          Fail(Path(key) + "[" + std::to_string(i) + "]", "an integer");
          continue;
        }
        out.push_back(static_cast<T>((*a)[i].get<int64_t>()));
      }
    }
    return out;
  }

  // Calls `read(element, path)` for each element of the array `key`.
  template <typename F>
  void Each(const char* key, F read, bool required = false) const {
    if (const Json* a = Array(key, required)) {
      for (size_t i = 0; i < a->size(); ++i) {
        read((*a)[i], Path(key) + "[" + std::to_string(i) + "]");
      }
    }
  }

  std::string* error() const { return error_; }

 private:
  const Json& json_;
  std::string path_;
  std::string* error_;
};

std::optional<RecordNumber> ReadNumber(const Json& v, const std::string& path,
                                       std::string* error, bool nullable) {
  if (v.is_number_integer()) return RecordNumber::Integer(v.get<int64_t>());
  if (v.is_number()) return RecordNumber::Real(v.get<double>());
  if (!(nullable && v.is_null()) && error->empty()) {
    *error = path + ": expected a number";
  }
  return std::nullopt;
}

std::vector<std::optional<RecordNumber>> ReadCells(const ObjectReader& in,
                                                   const char* key) {
  std::vector<std::optional<RecordNumber>> out;
  in.Each(
      key,
      [&](const Json& v, const std::string& path) {
        out.push_back(ReadNumber(v, path, in.error(), /*nullable=*/true));
      },
      /*required=*/true);
  return out;
}

R::Statement ReadStatement(const std::string& name, const Json& json,
                           const std::string& path, std::string* error) {
  ObjectReader in(json, path, error);
  R::Statement st;
  st.name = name;
  st.title = in.String("title", true);
  st.page = in.Int("page");
  st.unit = in.String("unit", true);
  st.columns = in.Strings("columns");
  in.Each(
      "lines",
      [&](const Json& j, const std::string& p) {
        ObjectReader l(j, p, error);
        R::StatementLine line;
        line.label = l.String("label", true);
        line.key = l.String("key");
        line.note = l.String("note");
        line.values = ReadCells(l, "values");
        line.values_kr = ReadCells(l, "values_kr");
        line.unit = l.String("unit");
        line.complete = l.OptionalBool("complete").value_or(true);
        line.derived = l.OptionalBool("derived").value_or(false);
        l.Each("repaired", [&](const Json& rj, const std::string& rp) {
          ObjectReader r(rj, rp, error);
          R::RepairedCell cell;
          cell.column = r.String("column", true);
          if (const Json* read = r.Find("read", true)) {
            if (auto n = ReadNumber(*read, r.Path("read"), error, false)) {
              cell.read = *n;
            }
          }
          line.repaired.push_back(std::move(cell));
        });
        line.page = l.Int("page");
        st.lines.push_back(std::move(line));
      },
      /*required=*/true);
  return st;
}

R::Visma ReadVisma(const Json& json, const std::string& path,
                   bool signature_page_read, std::string* error) {
  ObjectReader in(json, path, error);
  R::Visma v;
  v.signature_page_read = signature_page_read;
  v.pages_before = in.Int("pages_before");
  v.page = in.Int("page");
  v.document_id = in.String("document_id");
  in.Each(
      "signers",
      [&](const Json& j, const std::string& p) {
        ObjectReader s(j, p, error);
        R::VismaSigner signer;
        signer.name = s.String("name", true);
        signer.time = s.String("time");
        signer.country = s.String("country");
        signer.company = s.String("company");
        signer.role = s.String("role");
        signer.authentication = s.String("authentication");
        signer.hash = s.String("hash");
        v.signers.push_back(std::move(signer));
      },
      /*required=*/true);
  if (const Json* stamp_json = in.Find("stamp")) {
    ObjectReader s(*stamp_json, in.Path("stamp"), error);
    R::VismaStamp stamp;
    stamp.pages = s.Integers<int>("pages", /*required=*/true);
    stamp.verification_url = s.String("verification_url");
    stamp.verification_code = s.String("verification_code");
    stamp.document_id = s.String("document_id");
    stamp.document_id_agrees = s.OptionalBool("document_id_agrees");
    v.stamp = std::move(stamp);
  }
  v.signature_pages = in.Integers<int>("signature_pages");
  if (auto actual = in.OptionalInteger("pages_before_actual")) {
    v.pages_before_actual = static_cast<int>(*actual);
  }
  v.pages_before_agrees = in.OptionalBool("pages_before_agrees");
  return v;
}

R::PdfSignature ReadPdfSignature(const Json& json, const std::string& path,
                                 std::string* error) {
  ObjectReader in(json, path, error);
  R::PdfSignature s;
  s.field = in.String("field");
  s.subfilter = in.String("subfilter");
  s.signing_time = in.String("signing_time");
  s.signer = in.String("signer");
  s.covers_whole_file = in.OptionalBool("covers_whole_file").value_or(false);
  s.digest_valid = in.OptionalBool("digest_valid");
  s.signature_valid = in.OptionalBool("signature_valid");
  s.chain_validated = in.OptionalBool("chain_validated").value_or(false);
  s.note = in.String("note");
  s.name = in.String("name");
  s.filter = in.String("filter");
  s.reason = in.String("reason");
  s.location = in.String("location");
  s.cms_signing_time = in.String("cms_signing_time");
  s.digest_algorithm = in.String("digest_algorithm");
  s.signature_algorithm = in.String("signature_algorithm");
  if (const Json* cj = in.Find("certificate")) {
    ObjectReader c(*cj, in.Path("certificate"), error);
    R::Certificate cert;
    cert.subject = c.String("subject", true);
    cert.common_name = c.String("common_name");
    cert.organization = c.String("organization");
    cert.country = c.String("country");
    cert.serial_number = c.String("serial_number");
    cert.issuer = c.String("issuer", true);
    cert.serial = c.String("serial");
    cert.not_before = c.String("not_before");
    cert.not_after = c.String("not_after");
    cert.self_signed = c.OptionalBool("self_signed", true).value_or(false);
    s.certificate = std::move(cert);
  }
  if (in.Find("byte_range") != nullptr) {
    s.byte_range = in.Integers<int64_t>("byte_range");
  }
  if (auto covered = in.OptionalBool("signed_revision_covered")) {
    R::SignedRange range;
    range.signed_revision_covered = *covered;
    range.bytes_after = in.OptionalInteger("bytes_after", true).value_or(0);
    range.incremental_updates_after = in.Int("incremental_updates_after", true);
    range.later_signatures = in.Int("later_signatures");
    s.range = range;
  }
  s.warnings = in.Strings("warnings");
  return s;
}

R::Signatures ReadSignatures(const Json& json, bool before_checks,
                             std::string* error) {
  ObjectReader in(json, "signatures", error);
  R::Signatures sig;
  if (const Json* visma = in.Find("visma")) {
    // See record_json.h: the object's place says where `visma` came from.
    const bool page_read =
        before_checks && json.is_object() && json.begin().key() == "visma";
    sig.visma = ReadVisma(*visma, in.Path("visma"), page_read, error);
  }
  in.Each("evidence", [&](const Json& j, const std::string& path) {
    ObjectReader e(j, path, error);
    EvidencePages ev;
    ev.service = e.String("service", true);
    ev.transaction = e.String("transaction");
    ev.pages = e.Integers<int>("pages", /*required=*/true);
    e.Each(
        "signers",
        [&](const Json& sj, const std::string& sp) {
          ObjectReader s(sj, sp, error);
          ev.signers.push_back({s.String("name", true), s.String("legal_name"),
                                s.String("time"), s.String("e_id"),
                                s.String("organisation")});
        },
        /*required=*/true);
    sig.evidence.push_back(std::move(ev));
  });
  if (const Json* pj = in.Find("printed")) {
    ObjectReader p(*pj, in.Path("printed"), error);
    sig.printed.method = p.String("method");
    p.Each("board", [&](const Json& j, const std::string& path) {
      ObjectReader b(j, path, error);
      sig.printed.board.push_back(
          {b.String("name", true), b.String("role"), ""});
    });
    p.Each("auditors", [&](const Json& j, const std::string& path) {
      ObjectReader a(j, path, error);
      sig.printed.auditors.push_back(
          {a.String("name", true), "", a.String("as_printed")});
    });
  }
  in.Each("pdf", [&](const Json& j, const std::string& path) {
    sig.pdf.push_back(ReadPdfSignature(j, path, error));
  });
  if (const Json* mj = in.Find("match")) {
    ObjectReader m(*mj, in.Path("match"), error);
    R::SignerMatch match;
    m.Each("matched", [&](const Json& j, const std::string& path) {
      ObjectReader n(j, path, error);
      match.matched.push_back({n.String("signer", true),
                               n.String("printed", true),
                               n.String("under", true)});
    });
    match.unmatched_signers = m.Strings("unmatched_signers");
    m.Each("unmatched_printed", [&](const Json& j, const std::string& path) {
      ObjectReader n(j, path, error);
      match.unmatched_printed.push_back(
          {n.String("name", true), n.String("under", true)});
    });
    sig.match = std::move(match);
  }
  return sig;
}

std::optional<CheckStatus> CheckStatusFromName(const std::string& name) {
  for (CheckStatus s :
       {CheckStatus::kPass, CheckStatus::kWarn, CheckStatus::kFail}) {
    if (name == CheckStatusName(s)) return s;
  }
  return std::nullopt;
}

}  // namespace

Json SignaturesToJson(const R::Signatures& sig) {
  Json j = Json::object();
  const bool page_read = sig.visma && sig.visma->signature_page_read;
  if (page_read) j["visma"] = VismaJson(*sig.visma);
  if (!sig.evidence.empty()) {
    Json list = Json::array();
    for (const EvidencePages& e : sig.evidence) {
      Json ej;
      ej["service"] = e.service;
      if (!e.transaction.empty()) ej["transaction"] = e.transaction;
      ej["pages"] = e.pages;
      Json signers = Json::array();
      for (const EvidenceSigner& s : e.signers) {
        Json sj;
        sj["name"] = s.name;
        if (!s.legal_name.empty()) sj["legal_name"] = s.legal_name;
        if (!s.time.empty()) sj["time"] = s.time;
        if (!s.e_id.empty()) sj["e_id"] = s.e_id;
        if (!s.organisation.empty()) sj["organisation"] = s.organisation;
        signers.push_back(std::move(sj));
      }
      ej["signers"] = std::move(signers);
      list.push_back(std::move(ej));
    }
    j["evidence"] = std::move(list);
  }
  if (!sig.printed.empty()) j["printed"] = PrintedJson(sig.printed);
  if (!sig.pdf.empty()) {
    Json list = Json::array();
    for (const R::PdfSignature& s : sig.pdf) {
      list.push_back(PdfSignatureJson(s));
    }
    j["pdf"] = std::move(list);
  }
  if (sig.visma && !page_read) j["visma"] = VismaJson(*sig.visma);
  if (sig.match) j["match"] = MatchJson(*sig.match);
  return j;
}

const char* RecommendationName(bool recommends) {
  return recommends ? "tillstyrker" : "avstyrker";
}

Json CheckToJson(const Check& c) {
  Json j;
  j["id"] = c.id;
  j["status"] = CheckStatusName(c.status);
  j["detail"] = c.detail;
  j["pages"] = c.pages;
  if (!c.difference.empty()) {
    Json diff = Json::object();
    for (const auto& [k, v] : c.difference) diff[k] = v;
    j["difference"] = std::move(diff);
  }
  return j;
}

Json AuditToJson(const R::Audit& a) {
  Json j;
  if (!a.title.empty()) j["title"] = a.title;
  if (a.first_page > 0) {
    j["pages"] = {{"first", a.first_page}, {"last", a.last_page}};
  }
  Json org = Json::object();
  if (!a.organisation_name.empty()) org["name"] = a.organisation_name;
  if (!a.org_number.empty()) org["org_number"] = a.org_number;
  if (!org.empty()) j["organisation"] = std::move(org);
  if (a.fiscal_year > 0) j["fiscal_year"] = a.fiscal_year;
  if (!a.period_start.empty() && !a.period_end.empty()) {
    j["period"] = {{"start", a.period_start}, {"end", a.period_end}};
  }
  if (a.discharge) j["discharge"] = RecommendationName(*a.discharge);
  if (a.approval) j["approval"] = RecommendationName(*a.approval);
  j["remarks"] = a.remarks;
  if (!a.date.empty()) j["date"] = a.date;
  Json auditors = Json::array();
  for (const R::Auditor& p : a.auditors) {
    Json one;
    one["name"] = p.name;
    if (!p.appointed_by.empty()) one["appointed_by"] = p.appointed_by;
    if (!p.role.empty()) one["role"] = p.role;
    if (!p.firm.empty()) one["firm"] = p.firm;
    auditors.push_back(std::move(one));
  }
  j["auditors"] = std::move(auditors);
  Json evidence = Json::object();
  if (!a.discharge_sentence.empty()) {
    evidence["discharge"] = a.discharge_sentence;
  }
  if (!a.approval_sentence.empty()) evidence["approval"] = a.approval_sentence;
  if (!evidence.empty()) j["evidence"] = std::move(evidence);
  return j;
}

Json RecordToJson(const ReportRecord& r) {
  Json record;
  record["schema"] = r.schema;
  record["generator"] = r.generator;

  Json source;
  source["path"] = r.source.path;
  if (!r.source.sha256.empty()) source["sha256"] = r.source.sha256;
  source["bytes"] = r.source.bytes;
  source["pages"] = r.source.pages;
  record["source"] = std::move(source);
  if (r.part_of) {
    const R::PartOf& po = *r.part_of;
    Json part;
    part["document"] = po.document;
    part["documents"] = po.documents;
    part["first_page"] = po.first_page;
    part["last_page"] = po.last_page;
    if (po.first_line > 0) {
      part["first_line"] = po.first_line;
      part["last_line"] = po.last_line;
    }
    if (!po.kind.empty()) part["kind"] = po.kind;
    if (!po.evidence.empty()) part["evidence"] = po.evidence;
    record["part_of"] = std::move(part);
  }

  const R::Document& d = r.document;
  Json doc;
  doc["type"] = d.type;
  if (!d.title.empty()) doc["title"] = d.title;
  if (d.title_derived) doc["title_derived"] = true;
  Json org = Json::object();
  if (!d.organisation_name.empty()) org["name"] = d.organisation_name;
  if (!d.org_number.empty()) org["org_number"] = d.org_number;
  if (!org.empty()) doc["organisation"] = std::move(org);
  if (d.fiscal_year > 0) doc["fiscal_year"] = d.fiscal_year;
  if (!d.fiscal_start.empty() && !d.fiscal_end.empty()) {
    doc["fiscal_period"] = {{"start", d.fiscal_start}, {"end", d.fiscal_end}};
  }
  if (!d.adopted_date.empty()) {
    Json adopted;
    adopted["date"] = d.adopted_date;
    if (!d.adopted_by.empty()) adopted["by"] = d.adopted_by;
    doc["adopted"] = std::move(adopted);
  }
  if (!d.diarienummer.empty()) doc["diarienummer"] = d.diarienummer;
  record["document"] = std::move(doc);
  if (r.audit) record["audit"] = AuditToJson(*r.audit);

  if (!r.pages.empty()) {
    Json pages = Json::array();
    for (const PageInfo& p : r.pages) {
      Json page;
      page["number"] = p.number;
      if (!p.source.empty()) page["source"] = p.source;
      if (p.confidence) page["confidence"] = *p.confidence;
      if (!p.role.empty()) page["role"] = p.role;
      pages.push_back(std::move(page));
    }
    record["pages"] = std::move(pages);
  }

  Json sections = Json::array();
  for (const R::Section& s : r.sections) {
    Json j;
    j["id"] = s.id;
    j["title"] = s.title;
    j["level"] = s.level;
    if (s.page > 0) j["page"] = s.page;
    sections.push_back(std::move(j));
  }
  record["sections"] = std::move(sections);

  Json statements = Json::object();
  for (const R::Statement& s : r.statements) {
    statements[s.name] = StatementJson(s);
  }
  record["statements"] = std::move(statements);

  Json kf = Json::object();
  for (const R::KeyFigure& k : r.key_figures) {
    Json years = Json::object();
    for (const R::YearValue& y : k.years) {
      years[std::to_string(y.year)] = NumberJson(y.value);
    }
    kf[k.key] = std::move(years);
  }
  record["key_figures"] = std::move(kf);

  if (!r.member_contributions.empty()) {
    Json mc = Json::array();
    for (const R::MemberContribution& m : r.member_contributions) {
      Json j;
      j["member"] = m.member;
      j["year"] = m.year;
      j["amount"] = m.amount;
      j["label"] = m.label;
      if (m.page > 0) j["page"] = m.page;
      mc.push_back(std::move(j));
    }
    record["member_contributions"] = std::move(mc);
  }

  if (!r.people.empty()) {
    Json people = Json::array();
    for (const R::Person& p : r.people) {
      Json j;
      j["name"] = p.name;
      if (!p.role.empty()) j["role"] = p.role;
      j["body"] = p.body;
      if (!p.organisation.empty()) j["organisation"] = p.organisation;
      if (!p.appointed_by.empty()) j["appointed_by"] = p.appointed_by;
      if (p.page > 0) j["page"] = p.page;
      people.push_back(std::move(j));
    }
    record["people"] = std::move(people);
  }

  if (!r.interventions.empty()) {
    Json list = Json::array();
    for (const R::Intervention& iv : r.interventions) {
      Json j;
      j["name"] = iv.name;
      if (!iv.owner.empty()) j["owner"] = iv.owner;
      if (!iv.kind.empty()) j["kind"] = iv.kind;
      if (iv.year > 0) j["year"] = iv.year;
      if (iv.budget) j["budget"] = *iv.budget;
      if (iv.outcome) j["outcome"] = *iv.outcome;
      if (iv.participants) j["participants"] = *iv.participants;
      if (iv.page > 0) j["page"] = iv.page;
      list.push_back(std::move(j));
    }
    record["interventions"] = std::move(list);
  }

  const bool signatures_first = r.signatures.from_text();
  if (signatures_first) record["signatures"] = SignaturesToJson(r.signatures);

  Json checks = Json::array();
  for (const R::Check& c : r.checks) checks.push_back(CheckToJson(c));
  record["checks"] = std::move(checks);

  Json warnings = Json::array();
  for (const R::Warning& w : r.warnings) {
    Json j;
    j["code"] = w.code;
    j["message"] = w.message;
    if (w.page > 0) j["page"] = w.page;
    warnings.push_back(std::move(j));
  }
  record["warnings"] = std::move(warnings);

  if (!signatures_first && !r.signatures.empty()) {
    record["signatures"] = SignaturesToJson(r.signatures);
  }
  return record;
}

std::string RecordNumberText(const RecordNumber& number) {
  return NumberJson(number).dump();
}

std::string RecordJsonText(const ReportRecord& record, int indent) {
  return RecordToJson(record).dump(indent, ' ', false,
                                   nlohmann::json::error_handler_t::replace);
}

Result<ReportRecord> RecordFromJson(const Json& json) {
  std::string error;
  ObjectReader in(json, "", &error);
  ReportRecord r;
  r.schema = in.String("schema", true);
  r.generator = in.String("generator");

  if (const Json* sj = in.Find("source", true)) {
    ObjectReader s(*sj, "source", &error);
    r.source.path = s.String("path", true);
    r.source.sha256 = s.String("sha256");
    r.source.bytes = s.OptionalInteger("bytes", true).value_or(0);
    r.source.pages = s.Int("pages", true);
  }
  if (const Json* aj = in.Find("audit")) {
    ObjectReader a(*aj, "audit", &error);
    R::Audit audit;
    audit.title = a.String("title");
    if (const Json* pj = a.Find("pages")) {
      ObjectReader p(*pj, a.Path("pages"), &error);
      audit.first_page = p.Int("first", true);
      audit.last_page = p.Int("last", true);
    }
    if (const Json* oj = a.Find("organisation")) {
      ObjectReader o(*oj, a.Path("organisation"), &error);
      audit.organisation_name = o.String("name");
      audit.org_number = o.String("org_number");
    }
    audit.fiscal_year = a.Int("fiscal_year");
    if (const Json* pj = a.Find("period")) {
      ObjectReader p(*pj, a.Path("period"), &error);
      audit.period_start = p.String("start", true);
      audit.period_end = p.String("end", true);
    }
    auto recommendation = [&](const char* key) -> std::optional<bool> {
      const std::string v = a.String(key);
      if (v.empty()) return std::nullopt;
      if (v != "tillstyrker" && v != "avstyrker") {
        a.Fail(a.Path(key), "tillstyrker or avstyrker");
        return std::nullopt;
      }
      return v == "tillstyrker";
    };
    audit.discharge = recommendation("discharge");
    audit.approval = recommendation("approval");
    audit.remarks = a.Strings("remarks");
    audit.date = a.String("date");
    a.Each("auditors", [&](const Json& j, const std::string& path) {
      ObjectReader p(j, path, &error);
      audit.auditors.push_back({p.String("name", true),
                                p.String("appointed_by"), p.String("role"),
                                p.String("firm")});
    });
    if (const Json* ej = a.Find("evidence")) {
      ObjectReader e(*ej, a.Path("evidence"), &error);
      audit.discharge_sentence = e.String("discharge");
      audit.approval_sentence = e.String("approval");
    }
    r.audit = std::move(audit);
  }
  if (const Json* pj = in.Find("part_of")) {
    ObjectReader p(*pj, "part_of", &error);
    R::PartOf po;
    po.document = p.Int("document", true);
    po.documents = p.Int("documents", true);
    po.first_page = p.Int("first_page", true);
    po.last_page = p.Int("last_page", true);
    po.first_line = p.Int("first_line");
    po.last_line = p.Int("last_line");
    po.kind = p.String("kind");
    po.evidence = p.Strings("evidence");
    r.part_of = po;
  }

  if (const Json* dj = in.Find("document", true)) {
    ObjectReader d(*dj, "document", &error);
    R::Document& doc = r.document;
    doc.type = d.String("type", true);
    doc.title = d.String("title");
    doc.title_derived = d.OptionalBool("title_derived").value_or(false);
    if (const Json* oj = d.Find("organisation")) {
      ObjectReader o(*oj, d.Path("organisation"), &error);
      doc.organisation_name = o.String("name");
      doc.org_number = o.String("org_number");
    }
    doc.fiscal_year = d.Int("fiscal_year");
    if (const Json* pj = d.Find("fiscal_period")) {
      ObjectReader p(*pj, d.Path("fiscal_period"), &error);
      doc.fiscal_start = p.String("start", true);
      doc.fiscal_end = p.String("end", true);
    }
    if (const Json* aj = d.Find("adopted")) {
      ObjectReader a(*aj, d.Path("adopted"), &error);
      doc.adopted_date = a.String("date", true);
      doc.adopted_by = a.String("by");
    }
    doc.diarienummer = d.Strings("diarienummer");
  }

  in.Each("pages", [&](const Json& j, const std::string& path) {
    ObjectReader p(j, path, &error);
    PageInfo page;
    page.number = p.Int("number", true);
    page.source = p.String("source");
    if (const Json* c = p.Find("confidence")) {
      if (auto n = ReadNumber(*c, p.Path("confidence"), &error, false)) {
        page.confidence = n->value();
      }
    }
    page.role = p.String("role");
    r.pages.push_back(std::move(page));
  });

  in.Each(
      "sections",
      [&](const Json& j, const std::string& path) {
        ObjectReader s(j, path, &error);
        r.sections.push_back({s.String("id", true), s.String("title", true),
                              s.Int("level", true), s.Int("page")});
      },
      /*required=*/true);

  if (const Json* st = in.Find("statements", true)) {
    if (!st->is_object()) {
      in.Fail("statements", "an object");
    } else {
      for (const auto& [name, statement] : st->items()) {
        r.statements.push_back(
            ReadStatement(name, statement, "statements." + name, &error));
      }
    }
  }

  if (const Json* kf = in.Find("key_figures", true)) {
    if (!kf->is_object()) {
      in.Fail("key_figures", "an object");
    } else {
      for (const auto& [key, years] : kf->items()) {
        R::KeyFigure figure;
        figure.key = key;
        const std::string path = "key_figures." + key;
        if (!years.is_object()) in.Fail(path, "an object");
        for (const auto& [year, value] : years.items()) {
          int y = 0;
          auto [end, ec] =
              std::from_chars(year.data(), year.data() + year.size(), y);
          if (ec != std::errc() || end != year.data() + year.size()) {
            in.Fail(path + "." + year, "a year");
            continue;
          }
          if (auto n = ReadNumber(value, path + "." + year, &error, false)) {
            figure.years.push_back({y, *n});
          }
        }
        r.key_figures.push_back(std::move(figure));
      }
    }
  }

  in.Each("member_contributions", [&](const Json& j, const std::string& p) {
    ObjectReader m(j, p, &error);
    R::MemberContribution mc;
    mc.member = m.String("member", true);
    mc.year = m.Int("year", true);
    mc.amount = m.OptionalInteger("amount", true).value_or(0);
    mc.label = m.String("label");
    mc.page = m.Int("page");
    r.member_contributions.push_back(std::move(mc));
  });

  in.Each("people", [&](const Json& j, const std::string& p) {
    ObjectReader m(j, p, &error);
    R::Person person;
    person.name = m.String("name", true);
    person.role = m.String("role");
    person.body = m.String("body", true);
    person.organisation = m.String("organisation");
    person.appointed_by = m.String("appointed_by");
    person.page = m.Int("page");
    r.people.push_back(std::move(person));
  });

  in.Each("interventions", [&](const Json& j, const std::string& p) {
    ObjectReader m(j, p, &error);
    R::Intervention iv;
    iv.name = m.String("name", true);
    iv.owner = m.String("owner");
    iv.kind = m.String("kind");
    iv.year = m.Int("year");
    iv.budget = m.OptionalInteger("budget");
    iv.outcome = m.OptionalInteger("outcome");
    iv.participants = m.OptionalInteger("participants");
    iv.page = m.Int("page");
    r.interventions.push_back(std::move(iv));
  });

  if (const Json* sig = in.Find("signatures")) {
    bool before_checks = false;
    for (const auto& [key, value] : json.items()) {
      if (key == "signatures") before_checks = true;
      if (key == "checks") break;
    }
    r.signatures = ReadSignatures(*sig, before_checks, &error);
  }

  in.Each(
      "checks",
      [&](const Json& j, const std::string& p) {
        ObjectReader c(j, p, &error);
        R::Check check;
        check.id = c.String("id", true);
        const std::string status = c.String("status", true);
        if (auto s = CheckStatusFromName(status)) {
          check.status = *s;
        } else {
          c.Fail(c.Path("status"), "pass, warn or fail");
        }
        check.detail = c.String("detail", true);
        check.pages = c.Integers<int>("pages", /*required=*/true);
        if (const Json* diff = c.Find("difference")) {
          if (!diff->is_object()) c.Fail(c.Path("difference"), "an object");
          for (const auto& [k, v] : diff->items()) {
            if (!v.is_number_integer()) {
              c.Fail(c.Path("difference") + "." + k, "an integer");
              continue;
            }
            check.difference[k] = v.get<int64_t>();
          }
        }
        r.checks.push_back(std::move(check));
      },
      /*required=*/true);

  in.Each(
      "warnings",
      [&](const Json& j, const std::string& p) {
        ObjectReader w(j, p, &error);
        r.warnings.push_back(
            {w.String("code", true), w.String("message", true), w.Int("page")});
      },
      /*required=*/true);

  if (!error.empty()) {
    return Status(ErrorCode::kInvalidArgument, "record: " + error);
  }
  return r;
}

Result<ReportRecord> ParseRecordJson(std::string_view text) {
  const Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    return Status(ErrorCode::kInvalidArgument, "record: not valid JSON");
  }
  return RecordFromJson(json);
}

}  // namespace finsam::records
