// Centrality and communities on the network of entities: undirected, two
// entities neighbours when any link joins them. `nexus query rank` asks them
// one at a time; `nexus build --metrics` puts them all on every node of
// every format.
#ifndef NEXUS_GRAPH_METRICS_H_
#define NEXUS_GRAPH_METRICS_H_

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/knowledge_graph.h"

namespace nexus {

using Network = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Brandes' betweenness (Boost), unweighted, normalised as networkx does on
// an undirected graph: 2 / ((n - 1)(n - 2)).
std::vector<double> Betweenness(const Network& network);
// PageRank by power iteration (each undirected edge both ways), as
// networkx's pagerank: damping 0.85, the rank of vertices without edges
// spread evenly, stop when the L1 change is below n * 1e-6 (at most 100
// rounds); the ranks sum to 1.
std::vector<double> PageRank(const Network& network);
// k-core numbers (Boost's core_numbers).
std::vector<int> CoreNumbers(const Network& network);
// Communities by label propagation (Raghavan, Albert, Kumara 2007), made
// deterministic: vertices visited in index order, each taking the label
// most of its neighbours carry, weighted by `weights` (edge i of
// `network` in its edge order; empty: 1 each), ties to the smallest
// label, until no label changes (at most 100 rounds). Communities are then
// numbered from 1, the largest first (ties: the one holding the smaller
// vertex), so that the numbers do not depend on the labels' history.
std::vector<int> Communities(const Network& network, const std::vector<double>& weights);

// Every metric of every entity.
struct EntityMetrics {
  std::size_t degree = 0;    // links that touch it (KnowledgeGraph::Degree)
  double betweenness = 0;
  double pagerank = 0;
  int core = 0;
  int cluster = 0;           // its community (Communities), from 1
};

class GraphMetrics {
 public:
  // Computes them all once. Betweenness is exact (O(n m)): on a network of
  // more than `exact_limit` entities it is estimated from `exact_limit`
  // sources picked by a fixed seed (the same answer every time).
  explicit GraphMetrics(const KnowledgeGraph& graph, std::size_t exact_limit = 20000);
  // The metrics of entity `id` (zeros for an unknown id).
  const EntityMetrics& Of(const std::string& id) const;
  // The largest betweenness, for scaling drawings (0 when all are 0).
  double max_betweenness() const { return max_betweenness_; }

 private:
  std::unordered_map<std::string, EntityMetrics> by_id_;
  EntityMetrics none_;
  double max_betweenness_ = 0;
};

// Brandes from the given sources only, scaled by n / sources (networkx's
// betweenness_centrality with k pivots), not normalised.
std::vector<double> SampledBetweenness(const Network& network, const std::vector<std::size_t>& sources);

}  // namespace nexus

#endif  // NEXUS_GRAPH_METRICS_H_
