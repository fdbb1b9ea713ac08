// The rule page's own example, written the way a first version usually is.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.Unsealed;

public sealed record Route(string Prefix, string Cluster);

[ThreadLocalSlot]
public partial class RouteTable // expect: WEFT0001
{
    public List<Route> Routes { get; set; } = new(); // expect: WEFT0001
    public string[] Hosts { get; init; } = []; // expect: WEFT0001
    public int Version; // expect: WEFT0001
}
