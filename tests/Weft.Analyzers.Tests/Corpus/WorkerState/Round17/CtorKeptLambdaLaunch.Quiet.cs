// Quiet twin of CtorKeptLambdaLaunch: the constructor keeps Dispatcher.Current beside the lambda (both taken on the
// caller's thread), and Launch posts the lambda back to that loop (page: "posted back to a loop the object keeps beside
// it (_home = Dispatcher.Current in every method that stores the lambda), it stays quiet").
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.R17.WorkerState.CtorKeptLambdaLaunch;

public sealed class Trimmer
{
    private readonly Action _work;
    private readonly Dispatcher _home;

    public Trimmer(HashSet<string> hits)
    {
        _work = () => hits.Clear();
        _home = Dispatcher.Current!;
    }

    public void Launch() => _home.Post(_work);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class HitSet
{
    public HashSet<string> Hits { get; } = new();
}

public static class Maintenance
{
    public static void Run()
    {
        var trimmer = new Trimmer(HitSet.Current.Hits);
        trimmer.Launch();
    }
}
