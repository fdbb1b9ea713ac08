// Quiet twin of CarriersOfSnapshotData: the same carriers hold NEW lists copied from the immutable snapshot.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CarriersOfSnapshotDataQuiet;

[ThreadLocalSlot]
public sealed partial class Hosts
{
    public ImmutableArray<string> All { get; init; } = ImmutableArray<string>.Empty;
}

public static class Carriers
{
    public static async Task LearnAsync(string host)
    {
        (await Task.FromResult(Hosts.Current.All.ToList())).Add(host);
        (await ValueTask.FromResult(Hosts.Current.All.ToList())).Remove(host);
        Tuple.Create(Hosts.Current.All.ToList(), 1).Item1.Insert(0, host);
        KeyValuePair.Create(host, Hosts.Current.All.ToList()).Value.Sort();
        new StrongBox<List<string>>(Hosts.Current.All.ToList()).Value!.Reverse();
        new[] { Hosts.Current.All.ToList() }[0].Clear();
        Enumerable.Repeat(Hosts.Current.All.ToList(), 1).First().TrimExcess();
        var lazy = new Lazy<List<string>>(() => Hosts.Current.All.ToList());
        lazy.Value.Add(host);
    }
}
