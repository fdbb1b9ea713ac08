// Worker code keeps a "count" delegate in a local and runs it in the posted callback it sends to every worker: the
// lambda increments a static from every worker at once. #escape: at the increment or at the invocation.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.DelegateLocalInPost;

public static class Counters
{
    public static int Posted;

    public static void PostToAll(WorkerPool pool)
    {
        Action count = () => Posted++; // expect: WEFT0006 #escape
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => count()); // expect: WEFT0006 #escape
        }
    }
}
