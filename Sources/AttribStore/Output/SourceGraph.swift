/// The source network for Graphviz (DOT) or Gephi and scripts (JSON): outlets, the outlets
/// they relay, and the sources they quote, with edge weights counting attributions.
public enum SourceGraph {
    public struct Edge: Sendable, Hashable { public var from: String; public var to: String; public var kind: String }
    public struct Node: Sendable, Hashable { public var id: String; public var label: String; public var kind: String }

    public static func build(_ database: Database) throws -> (nodes: [Node], edges: [(Edge, Int)]) {
        var nodes: [String: Node] = [:]
        var weights: [Edge: Int] = [:]
        func node(_ id: String, _ label: String, _ kind: String) -> String {
            if nodes[id] == nil { nodes[id] = Node(id: id, label: label, kind: kind) }
            return id
        }
        for row in try database.rows("SELECT relaying_outlet, relayed_outlet, attributions FROM outlet_relays") {
            let from = node("outlet:" + (row[0].string ?? ""), row[0].string ?? "", "outlet")
            let to = node("outlet:" + (row[1].string ?? ""), row[1].string ?? "", "outlet")
            weights[Edge(from: from, to: to, kind: "relays"), default: 0] += row[2].int ?? 1
        }
        for row in try database.rows("""
            SELECT COALESCE(ar.outlet, ar.name) AS outlet, s.id, s.kind, COALESCE(s.name, s.descriptor) AS label, s.is_news_outlet,
                   a.stance, count(*) AS n
              FROM attributions a JOIN articles ar ON ar.id = a.article_id JOIN sources s ON s.id = a.source_id
             GROUP BY outlet, s.id, a.stance
            """) {
            let from = node("outlet:" + (row["outlet"].string ?? ""), row["outlet"].string ?? "", "outlet")
            let kind = row["is_news_outlet"].int == 1 ? "outlet" : (row["kind"].string ?? "")
            let id = kind == "outlet" ? "outlet:" + (row["label"].string ?? "") : "source:\(row["id"].int ?? 0)"
            let to = node(id, row["label"].string ?? "", kind)
            let edgeKind = row["stance"].string == "denies" ? "quotes denial" : "quotes"
            weights[Edge(from: from, to: to, kind: edgeKind), default: 0] += row["n"].int ?? 1
        }
        let edges = weights.sorted { ($0.key.from, $0.key.to, $0.key.kind) < ($1.key.from, $1.key.to, $1.key.kind) }.map { ($0.key, $0.value) }
        return (nodes.values.sorted { $0.id < $1.id }, edges)
    }

    public static func dot(_ database: Database) throws -> String {
        let graph = try build(database)
        var out = "digraph attrib {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n"
        for node in graph.nodes {
            let shape = node.kind == "outlet" ? "box" : "ellipse"
            let color = node.kind == "anonymous" ? "gold" : (node.kind == "outlet" ? "lightblue" : "palegreen")
            out += "  \(quote(node.id)) [label=\(quote(node.label)), shape=\(shape), style=filled, fillcolor=\(color)];\n"
        }
        for (edge, weight) in graph.edges {
            let style = edge.kind == "relays" ? "dashed" : (edge.kind == "quotes denial" ? "bold, color=red" : "solid")
            out += "  \(quote(edge.from)) -> \(quote(edge.to)) [label=\"\(edge.kind) ×\(weight)\", style=\"\(style)\", weight=\(weight)];\n"
        }
        return out + "}\n"
    }

    public static func json(_ database: Database) throws -> String {
        let graph = try build(database)
        let nodes = graph.nodes.map { JSON.object([("id", JSON.string($0.id)), ("label", JSON.string($0.label)), ("kind", JSON.string($0.kind))]) }
        let edges = graph.edges.map { edge, weight in
            JSON.object([("from", JSON.string(edge.from)), ("to", JSON.string(edge.to)), ("kind", JSON.string(edge.kind)), ("weight", String(weight))])
        }
        return "{\"nodes\": [\n  " + nodes.joined(separator: ",\n  ") + "\n], \"edges\": [\n  " + edges.joined(separator: ",\n  ") + "\n]}\n"
    }

    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
