// Tesseract's outermost OpenMP regions, run as a plain call.
//
// Debian's Tesseract enters an OpenMP region for every time step of its
// LSTM (lstm.cpp: `omp parallel sections` over the four gates): about
// 60 000 regions per page. SerialOpenMp makes each a team of one, but
// libgomp still builds the team and ends it with a futex wake on its
// barrier, a system call even when no thread waits: on the Spettet scan
// 121 000 futex calls per page. Defined here, in the executable, these
// entry points take precedence over libgomp's for the libraries' calls (ELF
// symbol interposition) and run an outermost region's body on the calling
// thread, as a team of one would: outside any team omp_get_num_threads() is
// 1 and omp_get_thread_num() 0, so a work-shared loop covers its whole
// range, and the sections are handed out here one after another. A region
// nested in a team of libgomp's goes to libgomp.
#include <dlfcn.h>
#include <omp.h>

namespace {

// libgomp's own entry point `name`, of type T.
template <typename T>
T Libgomp(const char* name) {
  return reinterpret_cast<T>(dlsym(RTLD_NEXT, name));
}

using ParallelFn = void (*)(void (*)(void*), void*, unsigned, unsigned);
using ParallelSectionsFn = void (*)(void (*)(void*), void*, unsigned, unsigned,
                                    unsigned);
using SectionsNextFn = unsigned (*)();
using SectionsEndFn = void (*)();

// The sections of the serial region this thread is in: the next to hand
// out (1-based) and how many there are; 0 sections: none is running.
struct SerialSections {
  unsigned next = 0;
  unsigned count = 0;
};
thread_local SerialSections serial_sections;

}  // namespace

extern "C" {

void GOMP_parallel(void (*fn)(void*), void* data, unsigned num_threads,
                   unsigned flags) {
  if (omp_get_level() == 0) {
    fn(data);
    return;
  }
  static const auto real = Libgomp<ParallelFn>("GOMP_parallel");
  real(fn, data, num_threads, flags);
}

void GOMP_parallel_sections(void (*fn)(void*), void* data, unsigned num_threads,
                            unsigned count, unsigned flags) {
  if (omp_get_level() == 0) {
    const SerialSections outer = serial_sections;
    serial_sections = SerialSections{1, count};
    fn(data);
    serial_sections = outer;
    return;
  }
  static const auto real =
      Libgomp<ParallelSectionsFn>("GOMP_parallel_sections");
  real(fn, data, num_threads, count, flags);
}

unsigned GOMP_sections_next() {
  if (serial_sections.count > 0 && omp_get_level() == 0) {
    return serial_sections.next <= serial_sections.count
               ? serial_sections.next++
               : 0;
  }
  static const auto real = Libgomp<SectionsNextFn>("GOMP_sections_next");
  return real();
}

void GOMP_sections_end_nowait() {
  if (serial_sections.count > 0 && omp_get_level() == 0) return;
  static const auto real = Libgomp<SectionsEndFn>("GOMP_sections_end_nowait");
  real();
}

}  // extern "C"
