// WEFT0003: a worker-side handler keeps Current's list in a field in one method (OnStart) and writes it in another
// (OnRequest); the field holds snapshot data, so the write in the other method is reported.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.SnapshotKeptInWorkerField;

[ThreadLocalSlot]
public sealed partial class Denylist
{
    public HashSet<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public sealed class Handler
{
    private HashSet<string> _deny = new();

    public void OnStart() => _deny = Denylist.Current.Hosts;

    public void OnRequest(string host)
    {
        if (host.EndsWith(".bad")) _deny.Add(host); // expect: WEFT0003
    }
}
