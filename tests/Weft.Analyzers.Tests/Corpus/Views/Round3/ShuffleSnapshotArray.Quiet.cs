// Round 3. The shuffle works on a copy of the snapshot's array.
using System;
using System.Linq;
using Weft;

namespace Corpus.Views.Round3.ShuffleSnapshotArray;

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public string[] Hosts { get; init; } = []; // expect: WEFT0001 "Hosts"
}

public static class Picker
{
    public static string Pick()
    {
        var hosts = Upstreams.Current.Hosts.ToArray();
        Random.Shared.Shuffle(hosts);
        return hosts[0];
    }
}
