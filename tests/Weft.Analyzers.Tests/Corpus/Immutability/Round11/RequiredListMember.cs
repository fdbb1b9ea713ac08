// A snapshot type with `required` init-only members set in an object initializer: `init` makes the property itself
// immutable after construction, but the List it holds stays writable by every worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.RequiredListMember;

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public required string Cluster { get; init; }
    public required List<string> Hosts { get; init; } // expect: WEFT0001
}

public static class Build
{
    public static Upstreams Make() => new() { Cluster = "edge", Hosts = ["a", "b"] };
}
