// Objects that live as long as the process. A command's rules (some 20,000
// names in tries and maps) or a large graph take longer to free piece by
// piece than the system takes to reclaim the whole process, and the command
// exits right after using them: it makes them here. They stay reachable from
// a static list, so leak checkers do not report them.
#ifndef NEXUS_APP_PROCESS_LIFETIME_H_
#define NEXUS_APP_PROCESS_LIFETIME_H_

#include <memory>
#include <vector>

namespace nexus {

// A new default-constructed T, never destroyed. Not thread-safe: call it from
// the main thread.
template <typename T>
T& MakeForProcess() {
  static auto* kept = new std::vector<std::unique_ptr<T>>();  // never destroyed
  kept->push_back(std::make_unique<T>());
  return *kept->back();
}

}  // namespace nexus

#endif  // NEXUS_APP_PROCESS_LIFETIME_H_
