// WEFT0003 across files: a helper in this file returns the snapshot's own list (WEFT0001 silenced on purpose);
// Admin.cs writes what it returned.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R9.HelperReturnsSnapshotList;

[ThreadLocalSlot]
public sealed partial class Routes
{
#pragma warning disable WEFT0001
    public List<string> Hosts { get; init; } = new();
#pragma warning restore WEFT0001
}

public static class RouteLookup
{
    public static List<string> Hosts() => Routes.Current.Hosts;
}
