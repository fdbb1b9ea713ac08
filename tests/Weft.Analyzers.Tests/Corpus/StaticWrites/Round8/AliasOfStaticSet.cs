// WEFT0006: a local alias of a static HashSet, added to from a posted callback.
using System.Collections.Generic;
using Weft.Threading;

namespace Corpus.StaticWrites.R8.AliasOfStaticSet;

public static class SeenHosts
{
    private static readonly HashSet<string> s_seen = new();

    public static void Mark(Dispatcher worker, string host) =>
        worker.Post(() =>
        {
            var seen = s_seen;
            seen.Add(host); // expect: WEFT0006
        });
}
