#include "exporters/output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nexus {
namespace {

std::string Folder(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

Status WriteAll(int fd, const std::string& data, const std::string& what) {
  std::size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::Error(what + ": " + std::strerror(errno));
    }
    done += static_cast<std::size_t>(n);
  }
  return Status::Ok();
}

}  // namespace

Status CheckWritableFolder(const std::string& dir) {
  std::string probe = dir + "/.nexus-probe-XXXXXX";
  int fd = ::mkstemp(probe.data());
  if (fd < 0) return Status::Error(dir + ": cannot write here: " + std::strerror(errno));
  ::close(fd);
  ::unlink(probe.c_str());
  return Status::Ok();
}

Status WriteExport(const Exporter& exporter, const KnowledgeGraph& graph,
                   const ExportOptions& options, const std::string& path) {
  std::ostringstream buffer;
  Status s = exporter.Write(graph, options, buffer);
  if (!s.ok()) return Status::Error(path + ": " + s.message());
  std::string data = std::move(buffer).str();
  if (path == "-") {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    return std::cout ? Status::Ok() : Status::Error("standard output: write failed");
  }
  std::string tmp = Folder(path) + "/.nexus-tmp-XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) return Status::Error(path + ": " + std::strerror(errno));
  s = WriteAll(fd, data, path);
  if (s.ok() && ::fsync(fd) != 0) s = Status::Error(path + ": " + std::strerror(errno));
  if (::close(fd) != 0 && s.ok()) s = Status::Error(path + ": " + std::strerror(errno));
  if (s.ok() && ::chmod(tmp.c_str(), 0644) != 0) s = Status::Error(path + ": " + std::strerror(errno));
  if (s.ok() && std::rename(tmp.c_str(), path.c_str()) != 0)
    s = Status::Error(path + ": " + std::strerror(errno));
  if (!s.ok()) ::unlink(tmp.c_str());
  return s;
}

}  // namespace nexus
