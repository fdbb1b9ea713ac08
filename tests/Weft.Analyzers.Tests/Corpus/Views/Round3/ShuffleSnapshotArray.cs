// Round 3. Random.Shared.Shuffle reorders the snapshot's array in place: a BCL mutator reached from Current.
using System;
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
        var hosts = Upstreams.Current.Hosts;
        Random.Shared.Shuffle(hosts); // expect: WEFT0003
        return hosts[0];
    }
}
