// Status: the result of an operation that can fail, without exceptions.
#ifndef NEXUS_GRAPH_STATUS_H_
#define NEXUS_GRAPH_STATUS_H_

#include <string>
#include <utility>

namespace nexus {

// A Status is either ok() or carries a message meant for a person, already
// prefixed with the place it refers to ("file:line:col: ...") when there is one.
class Status {
 public:
  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

}  // namespace nexus

#endif  // NEXUS_GRAPH_STATUS_H_
