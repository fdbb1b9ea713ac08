// Round 2. Posted to this worker's own dispatcher, but every worker runs the same code: the static HashSet is
// written by all of them.
using System.Collections.Generic;
using Weft.Threading;

namespace Corpus.StaticWrites.Round2.OwnLoop;

public static class SeenHosts
{
    private static readonly HashSet<string> s_seen = new();

    public static void Note(string host)
    {
        Dispatcher.Current!.Post(() => s_seen.Add(host)); // expect: WEFT0006
    }
}
