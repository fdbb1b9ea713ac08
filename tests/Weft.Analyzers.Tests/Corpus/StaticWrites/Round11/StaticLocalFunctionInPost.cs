// A callback posted to every worker calls a `static` local function that appends to a static list: the local
// function runs where it is called, on each worker. Reading taken: reported at the call or at the write (#escape).
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.StaticLocalFunctionInPost;

public static class Broadcast
{
    private static readonly List<string> s_log = new();

    public static void Announce(WorkerPool pool, string text)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() =>
            {
                Record(text); // expect: WEFT0006 #escape

                static void Record(string line) => s_log.Add(line); // expect: WEFT0006 #escape
            });
        }
    }
}
