// The quiet twin: the source returns a copy.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.InterfaceMethodGroupReturnsQuiet;

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
    public List<string> Hosts() => new List<string>(Catalog.Current.Hosts);
}

public static class Filler
{
    public static void AddDefault()
    {
        IHostSource source = new CatalogSource();
        Func<List<string>> hosts = source.Hosts;
        hosts().Add("localhost");
    }
}
