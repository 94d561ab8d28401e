// ocr/serial_openmp.cc: an outermost OpenMP region runs on the calling
// thread as a plain call (no team, no futex), its sections once each and
// a work-shared loop over its whole range.
#include <gtest/gtest.h>
#include <omp.h>

#include <thread>
#include <vector>

namespace finsam {
namespace {

TEST(SerialOpenMp, SectionsRunOnceEachOnTheCallingThread) {
  const std::thread::id caller = std::this_thread::get_id();
  std::vector<int> ran(4, 0);
  std::vector<int> levels;
  bool same_thread = true;
  // The shape of Tesseract's LSTM step: four gates as sections.
#pragma omp parallel sections num_threads(4)
  {
#pragma omp section
    {
      ++ran[0];
      same_thread &= std::this_thread::get_id() == caller;
      levels.push_back(omp_get_level());
    }
#pragma omp section
    {
      ++ran[1];
      same_thread &= std::this_thread::get_id() == caller;
    }
#pragma omp section
    {
      ++ran[2];
      same_thread &= std::this_thread::get_id() == caller;
    }
#pragma omp section
    {
      ++ran[3];
      same_thread &= std::this_thread::get_id() == caller;
    }
  }
  EXPECT_EQ(ran, std::vector<int>({1, 1, 1, 1}));
  EXPECT_TRUE(same_thread);
  // libgomp's region would be level 1: a team of its own was built.
  EXPECT_EQ(levels, std::vector<int>({0}));
}

TEST(SerialOpenMp, ALoopCoversItsRangeOnTheCallingThread) {
  std::vector<int> hits(100, 0);
  int threads = 0;
#pragma omp parallel for num_threads(4)
  for (int i = 0; i < 100; ++i) {
    ++hits[static_cast<size_t>(i)];
    if (i == 0) threads = omp_get_num_threads();
  }
  EXPECT_EQ(hits, std::vector<int>(100, 1));
  EXPECT_EQ(threads, 1);
  EXPECT_EQ(omp_get_level(), 0);
}

}  // namespace
}  // namespace finsam
