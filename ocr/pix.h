// PixPtr: owning handle for a Leptonica image (RAII around pixDestroy).
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

}  // namespace finsam

#endif  // FINSAM_OCR_PIX_H_
