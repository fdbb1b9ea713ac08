using System.Collections.Immutable;
using Weft;

namespace Corpus.SlotUsage.Generic;

public sealed record Route(string Prefix);

[ThreadLocalSlot] public sealed partial class RouteTable { public ImmutableArray<Route> Items { get; init; } }
