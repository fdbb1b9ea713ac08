// A host source held through its interface is taken as a Func method group; what it returns is the snapshot's list,
// and the caller appends to the result (the page: "through what a helper's lambda or a read-only delegate field
// returns"; here a method group of an object made here).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.InterfaceMethodGroupReturns;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public interface IHostSource
{
    List<string> Hosts();
}

public sealed class CatalogSource : IHostSource
{
    public List<string> Hosts() => Catalog.Current.Hosts;
}

public static class Filler
{
    public static void AddDefault()
    {
        IHostSource source = new CatalogSource();
        Func<List<string>> hosts = source.Hosts;
        hosts().Add("localhost"); // expect: WEFT0003
    }
}
