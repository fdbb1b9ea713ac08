// BCL carriers that hold a reference to snapshot data and give it back unchanged: Task.FromResult, ValueTask.FromResult,
// Tuple.Create, KeyValuePair.Create, StrongBox<T>, a one-element array, Enumerable.Repeat, Lazy<T> over a lambda
// reading Current. What comes out is the snapshot's list, and writing it is WEFT0003 (issue 10: values followed
// through calls; "struct copies ... still point into the snapshot"). A generality check for F27. The List is WEFT0001.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CarriersOfSnapshotData;

[ThreadLocalSlot]
public sealed partial class Hosts
{
    public List<string> All { get; init; } = new(); // expect: WEFT0001
}

public static class Carriers
{
    public static async Task LearnAsync(string host)
    {
        (await Task.FromResult(Hosts.Current.All)).Add(host); // expect: WEFT0003
        (await ValueTask.FromResult(Hosts.Current.All)).Remove(host); // expect: WEFT0003
        Tuple.Create(Hosts.Current.All, 1).Item1.Insert(0, host); // expect: WEFT0003
        KeyValuePair.Create(host, Hosts.Current.All).Value.Sort(); // expect: WEFT0003
        new StrongBox<List<string>>(Hosts.Current.All).Value!.Reverse(); // expect: WEFT0003
        new[] { Hosts.Current.All }[0].Clear(); // expect: WEFT0003
        Enumerable.Repeat(Hosts.Current.All, 1).First().TrimExcess(); // expect: WEFT0003
        var lazy = new Lazy<List<string>>(() => Hosts.Current.All);
        lazy.Value.Add(host); // expect: WEFT0003
    }
}
