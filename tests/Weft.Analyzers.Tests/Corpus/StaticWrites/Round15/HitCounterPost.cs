// Round 15, WEFT0006, a short request handler: it classifies the path with a list pattern in a switch expression and
// posts the count to its own loop (worker code), where it updates a static plain Dictionary shared by every worker.
using System;
using System.Collections.Generic;
using Weft.Threading;

namespace Corpus.Round15.HitCounterPost;

public static class HitCounterHandler
{
    private static readonly Dictionary<string, long> s_hits = new(StringComparer.Ordinal);

    public static void OnRequest(string path)
    {
        string bucket = path switch
        {
            ['/', 'a', 'p', 'i', '/', ..] => "api",
            ['/', 'h', 'e', 'a', 'l', 't', 'h'] => "health",
            _ => "other",
        };
        Dispatcher.Current!.Post(() => s_hits[bucket] = s_hits.GetValueOrDefault(bucket) + 1); // expect: WEFT0006
    }

    public static long Hits(string bucket) => s_hits.GetValueOrDefault(bucket);
}
