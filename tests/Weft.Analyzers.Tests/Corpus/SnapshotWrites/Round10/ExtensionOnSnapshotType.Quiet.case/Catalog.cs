// The shared catalog: a user API marked [SharedSnapshot] returns data every worker reads (WEFT0003 for writes into it).
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

namespace Corpus.SnapshotWrites.Round10.ExtensionOnSnapshotTypeQuiet;

public sealed class Item
{
    public string Id { get; init; } = "";

    public int Stock { get; set; }
}

public sealed class Catalog
{
    public List<Item> Items { get; } = new();

    public Dictionary<string, int> Prices { get; } = new();

    public List<string> Names { get; } = new();

    public HashSet<string> Seen { get; } = new();
}

public static class Shared
{
    private static readonly Catalog s_catalog = new();

    [SharedSnapshot]
    public static Catalog Catalog => s_catalog;
}
