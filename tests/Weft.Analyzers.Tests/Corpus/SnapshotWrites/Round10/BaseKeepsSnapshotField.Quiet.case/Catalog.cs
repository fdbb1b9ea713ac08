// The shared catalog: a user API marked [SharedSnapshot] returns data every worker reads.
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

namespace Corpus.SnapshotWrites.Round10.BaseKeepsSnapshotFieldQuiet;

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
