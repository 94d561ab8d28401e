// `finsam-extract signatures`: who signed a report, when, and whether the
// file is still the one they signed.
//
// Prints exactly the `signatures` object of the report's record (the same
// BuildReportRecord run as `records`), so the command and the record never
// disagree.
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fast_exit.h"
#include "cli/flags.h"
#include "cli/pipeline_flags.h"
#include "pipeline/report_record.h"
#include "records/record_json.h"
#include "signatures/signature_record.h"

namespace finsam::cli {
namespace {

constexpr const char* kUsage =
    R"(Usage: finsam-extract signatures FILE.pdf|FILE.txt|- [options]

Reports the signatures of a report, as the `signatures` object of its
record (schema/record.v1.schema.json):
  pdf[]    every digital signature field: subfilter, signing time, signer
           (certificate CN, else /Name), the certificate's subject and
           issuer, covers_whole_file (the byte range covers the file from
           its first byte to its last, leaving out only /Contents),
           bytes_after / incremental_updates_after (appended after
           signing), digest_valid (the covered bytes hash to the signed
           digest) and signature_valid (the certificate's key signed it).
           The certificate chain is NOT validated (offline): these say the
           file is unchanged since that key signed it, not who holds it.
  visma    the Visma Sign stamp (pages, verification link and code), the
           signature page's signers (name, time, country, company) and the
           page count it states checked against the file
  printed  names under "Styrelsens underskrift" / "Revisorernas påteckning"
  match    signers matched to printed names (case and diacritics folded),
           unmatched names listed
Problems (malformed signature dictionaries, a digest mismatch, changes
after signing) are listed in each pdf[] entry's `warnings`.

A text file (or '-') as `finsam-extract text` writes it gives the Visma and
printed parts only.

Options:
  --format json|text   json (default): the object; text: a summary
  --output FILE, -o FILE
                       write here (atomically) instead of standard output
  --ocr auto|never|always, --jobs N, --password P, --lang L, --tessdata DIR
                       as for `finsam-extract text` (PDF input only)
  --help               this text

Exit codes: 0 ok (whatever the signatures' verdicts), 2 usage, 3 bad input
(not found, empty, not a PDF, damaged, no pages), 4 encrypted, 5 partial
(some PDF pages failed; the signatures are reported from the others), 6
language data missing, 7 output not writable, 1 other failure.
)";

int Fail(const std::string& file, const Status& status) {
  return FailOnFile("signatures", file, status);
}

}  // namespace

int RunSignaturesCommand(const std::vector<std::string>& args) {
  FlagSpec spec;
  spec.with_value = {"format",   "output", "ocr",     "jobs",
                     "password", "lang",   "tessdata"};
  spec.boolean = {"help"};
  auto parsed = ParseOneInputCommand("signatures", args, spec, kUsage, "file");
  if (const int* exit_code = std::get_if<int>(&parsed)) return *exit_code;
  const Flags* flags = &std::get<Flags>(parsed);
  const std::string path = flags->positional()[0];
  const std::string format = flags->Get("format", "json");
  if (format != "json" && format != "text") {
    std::cerr << "finsam-extract signatures: --format must be json or text\n";
    return kExitUsage;
  }
  TextPipelineOptions options;
  if (Status s = ReadPipelineFlags(*flags, &options); !s.ok()) {
    std::cerr << "finsam-extract signatures: " << s.message() << "\n";
    return kExitUsage;
  }

  auto bytes = ReadInputFile(path);
  if (!bytes.ok()) return Fail(path, bytes.status());
  auto models = LoadLanguageModels();
  if (!models.ok()) return Fail(path, models.status());
  models->UseIn(&options);
  auto report = BuildReportRecord(path, std::move(bytes).value(),
                                  flags->Get("password"), options);
  if (!report.ok()) return Fail(path, report.status());
  if (report->text.has_value()) {
    ReportFailedPages("signatures", path, *report->text);
  }
  const records::ReportRecord::Signatures& signatures =
      report->record.signatures;
  std::string out;
  if (format == "text") {
    out = signatures::SignaturesText(signatures);
  } else {
    out = records::SignaturesToJson(signatures)
              .dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
          "\n";
  }
  if (Status s = WriteOutput(flags->Get("output"), out); !s.ok()) {
    return Fail(path, s);
  }
  return FinishProcess(report->failed_pages > 0 ? kExitPartial : kExitOk);
}

}  // namespace finsam::cli
