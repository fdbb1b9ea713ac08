// A fluent filter held by a [SharedSnapshot] member whose Allow writes and returns this; chained on a copy the worker makes. Reported at the chain.
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

namespace Corpus.SnapshotWrites.Round10.FluentFilterOnSnapshotQuiet;

public sealed class Filter
{
    private readonly HashSet<string> _allowed = new();

    public Filter Allow(string host)
    {
        _allowed.Add(host);
        return this;
    }

    public Filter Copy()
    {
        var copy = new Filter();
        copy._allowed.UnionWith(_allowed);
        return copy;
    }

    public bool IsAllowed(string host) => _allowed.Contains(host);
}

public static class Policy
{
    private static readonly Filter s_filter = new();

    [SharedSnapshot]
    public static Filter Current => s_filter;

    public static bool Check(string host) =>
        Current.Copy().Allow("localhost").Allow("127.0.0.1").IsAllowed(host);
}
