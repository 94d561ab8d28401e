// PdfRulingReader: the straight lines a PDF page draws, read from its
// content stream with qpdf.
//
// Tables in born-digital reports (Word, InDesign, Excel) are drawn with
// rules: stroked lines, thin filled rectangles, or the edges of shaded
// cells. Layout uses them to tell where a table row ends, which the text
// alone often cannot ("Värmesystem, nya undercentraler&injustering med" /
// "EB-metoden 2015" is one row of a ruled table).
//
// Contract:
//  * Rulings come in the coordinates of the page's text layer (points,
//    origin at the top-left of the crop box as displayed, after /Rotate),
//    merged where collinear pieces touch (a Word table draws each cell's
//    border on its own), and clipped to the page.
//  * Horizontal rulings at least kMinRulingLength long, vertical ones too;
//    strokes and fills in white (or near white) are not rulings: they draw
//    nothing on white paper. Curves are ignored.
//  * A shaded rectangle larger than a rule gives its four edges.
//  * Form XObjects are followed (nesting up to a small depth).
//  * Never fails: a page qpdf cannot parse, or a file it cannot open, gives
//    no rulings (the text is still read by Poppler, which is more forgiving).
//    At most kMaxRulingsPerPage rulings per page are kept (a vector map or
//    a chart can draw tens of thousands of segments).
//  * ReadDrawing also gives where the page draws its raster images (image
//    XObjects, in forms too; not inline images): each image's box in the
//    same coordinates and its size in pixels, so that an image with words
//    in it can be read where it lies (pipeline/image_text.h).
//
// Thread-compatible: one reader per thread (qpdf objects are not shared).
#ifndef FINSAM_PDF_PDF_RULINGS_H_
#define FINSAM_PDF_PDF_RULINGS_H_

#include <memory>
#include <string>
#include <vector>

#include "base/word.h"

class QPDF;
class QPDFPageObjectHelper;

namespace finsam {

inline constexpr double kMinRulingLength = 4.0;  // points
inline constexpr size_t kMaxRulingsPerPage = 5000;

// A raster image as the page draws it.
struct PlacedImage {
  Box box;  // the image's bounding box on the page, clipped to it
  int width_px = 0;
  int height_px = 0;
};

// What one page draws that is not text.
struct PageDrawing {
  std::vector<Ruling> rulings;  // as Read gives them
  std::vector<PlacedImage> images;
};

class PdfRulingReader {
 public:
  // `pdf_bytes` must outlive the reader (qpdf reads it in place).
  PdfRulingReader(const std::string& pdf_bytes, const std::string& password);
  ~PdfRulingReader();
  PdfRulingReader(const PdfRulingReader&) = delete;
  PdfRulingReader& operator=(const PdfRulingReader&) = delete;

  // Rulings of page `index` (0-based); empty for an index out of range.
  std::vector<Ruling> Read(int index);
  // Rulings and placed images of page `index`, read in one pass.
  PageDrawing ReadDrawing(int index);

 private:
  // Rulings, and the placed images into `images` unless it is null.
  std::vector<Ruling> ReadPage(int index, std::vector<PlacedImage>* images);

  std::unique_ptr<QPDF> pdf_;
  std::vector<QPDFPageObjectHelper> pages_;
};

}  // namespace finsam

#endif  // FINSAM_PDF_PDF_RULINGS_H_
