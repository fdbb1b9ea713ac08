// Twin: the alias is of a static ConcurrentDictionary used as a set.
using System.Collections.Concurrent;
using Weft.Threading;

namespace Corpus.StaticWrites.R8.AliasOfStaticSetQuiet;

public static class SeenHosts
{
    private static readonly ConcurrentDictionary<string, byte> s_seen = new();

    public static void Mark(Dispatcher worker, string host) =>
        worker.Post(() =>
        {
            var seen = s_seen;
            seen.TryAdd(host, 0);
        });
}
