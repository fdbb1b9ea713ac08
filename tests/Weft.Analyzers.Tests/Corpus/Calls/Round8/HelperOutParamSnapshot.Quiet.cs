// Twin: the helper hands out a copy.
using System.Collections.Generic;
using Weft;

namespace Corpus.Calls.R8.HelperOutParamSnapshotQuiet;

public sealed class Backend
{
    public string Host { get; init; } = "";
    public int Weight { get; set; }
}

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public Dictionary<string, Backend> ByPrefix { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Router
{
    private static bool TryRoute(string prefix, out Backend backend)
    {
        if (RouteTable.Current.ByPrefix.TryGetValue(prefix, out var found))
        {
            backend = new Backend { Host = found.Host, Weight = found.Weight };
            return true;
        }

        backend = new Backend();
        return false;
    }

    public static Backend? Penalize(string prefix)
    {
        if (TryRoute(prefix, out var backend))
        {
            backend.Weight /= 2;
            return backend;
        }

        return null;
    }
}
