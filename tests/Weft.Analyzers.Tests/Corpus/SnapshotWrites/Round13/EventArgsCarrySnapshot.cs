// A catalog watcher raises its event with the snapshot's own list; the handler subscribed in its constructor appends.
// #escape: at the raise (the list handed to a delegate that writes it) or at the append in the handler.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.EventArgsCarrySnapshot;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public sealed class CatalogView
{
    public CatalogView() => Viewed += hosts => hosts.Add("viewed.marker"); // expect: WEFT0003 #escape

    public event Action<List<string>>? Viewed;

    public int Show()
    {
        var hosts = Catalog.Current.Hosts;
        Viewed?.Invoke(hosts); // expect: WEFT0003 #escape
        return hosts.Count;
    }
}
