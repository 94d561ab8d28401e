// SerialOpenMp: runs the OpenMP regions of the libraries called in its
// scope on the calling thread alone.
#ifndef FINSAM_OCR_SERIAL_OPENMP_H_
#define FINSAM_OCR_SERIAL_OPENMP_H_

#include <omp.h>

namespace finsam {

// Debian's Tesseract runs OpenMP teams inside each recognition (its LSTM
// loops ask for four threads by name, so omp_set_num_threads cannot cap
// them). Parallelism belongs to the page workers, one engine each: with
// both, the teams multiply with the workers (measured on 2 cores: 8 scanned
// pages took 39.6 s with --jobs 2 instead of 13.6 s, with a fifth of the
// time in the kernel). OpenMP's active-levels setting is per thread, so
// each worker thread must say it itself: a call in main() binds main only,
// and the OMP_THREAD_LIMIT environment variable is read once, before main.
// Restores the thread's previous setting on exit.
class SerialOpenMp {
 public:
  SerialOpenMp() : previous_(omp_get_max_active_levels()) {
    omp_set_max_active_levels(0);
  }
  ~SerialOpenMp() { omp_set_max_active_levels(previous_); }
  SerialOpenMp(const SerialOpenMp&) = delete;
  SerialOpenMp& operator=(const SerialOpenMp&) = delete;

 private:
  int previous_;
};

}  // namespace finsam

#endif  // FINSAM_OCR_SERIAL_OPENMP_H_
