// The quiet twin: the event is raised with a copy of the list.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.EventArgsCarrySnapshotQuiet;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public sealed class CatalogView
{
    public CatalogView() => Viewed += hosts => hosts.Add("viewed.marker");

    public event Action<List<string>>? Viewed;

    public int Show()
    {
        var hosts = new List<string>(Catalog.Current.Hosts);
        Viewed?.Invoke(hosts);
        return hosts.Count;
    }
}
