// PixPtr, BoxaPtr: owning handles for a Leptonica image and box array
// (RAII around pixDestroy, boxaDestroy).
#ifndef FINSAM_OCR_PIX_H_
#define FINSAM_OCR_PIX_H_

#include <leptonica/allheaders.h>

#include <memory>

namespace finsam {

struct PixDeleter {
  void operator()(Pix* pix) const {
    if (pix != nullptr) pixDestroy(&pix);
  }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

struct BoxaDeleter {
  void operator()(Boxa* b) const {
    if (b != nullptr) boxaDestroy(&b);
  }
};
using BoxaPtr = std::unique_ptr<Boxa, BoxaDeleter>;

}  // namespace finsam

#endif  // FINSAM_OCR_PIX_H_
