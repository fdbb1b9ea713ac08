// A get-only delegate property initialized with a lambda that returns the snapshot's own list; the caller writes what it returns (the page: "what a read-only delegate field returns").
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.SnapshotWrites.Round10.DelegatePropertyReturnsSnapshot;

public sealed class Catalog
{
    public List<string> Names { get; } = new();
}

public static class Shared
{
    private static readonly Catalog s_catalog = new();

    [SharedSnapshot]
    public static Catalog Catalog => s_catalog;
}

public sealed class NameSource
{
    public Func<List<string>> Names { get; } = () => Shared.Catalog.Names;
}

public static class Use
{
    public static int Add(NameSource source, string name)
    {
        var names = source.Names();
        names.Add(name); // expect: WEFT0003
        return names.Count;
    }
}
