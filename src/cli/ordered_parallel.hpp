// Runs independent jobs on all cores and hands their results back in order, as they arrive.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace chengbao::cli {

/// Calls work(i) for every i in [0, count) on up to `jobs` threads (0: one per core), and
/// emit(i, result) on
/// the calling thread in index order, each as soon as it and all before it are done — so a batch
/// streams its results in the order the user gave the files.
template <typename Result, typename Work, typename Emit>
void ordered_parallel_for(std::size_t count, unsigned jobs, Work work, Emit emit) {
  const std::size_t threads = std::min<std::size_t>(
      count, jobs > 0 ? jobs : std::max(1u, std::thread::hardware_concurrency()));
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) emit(i, work(i));
    return;
  }
  std::vector<std::optional<Result>> results(count);
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::condition_variable ready;
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (std::size_t i = next++; i < count; i = next++) {
        Result result = work(i);
        {
          const std::lock_guard<std::mutex> lock(mutex);
          results[i] = std::move(result);
        }
        ready.notify_one();
      }
    });
  }
  for (std::size_t i = 0; i < count; ++i) {
    std::optional<Result> result;
    {
      std::unique_lock<std::mutex> lock(mutex);
      ready.wait(lock, [&] { return results[i].has_value(); });
      result = std::move(results[i]);
      results[i].reset();
    }
    emit(i, std::move(*result));
  }
  for (std::thread& thread : pool) thread.join();
}

}  // namespace chengbao::cli
