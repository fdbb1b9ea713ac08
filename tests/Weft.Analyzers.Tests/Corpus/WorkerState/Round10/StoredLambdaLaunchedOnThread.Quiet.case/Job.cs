// A job stores a lambda over the worker's cache in one method and runs it on the loop it
// was prepared on in another. #escape: where the page reports a stored lambda handed off later is left open.
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

namespace Corpus.WorkerState.Round10.StoredLambdaLaunchedOnThreadQuiet;

public sealed class Job
{
    private Action? _work;
    private Dispatcher? _home;

    public void Prepare(SessionCache cache)
    {
        _home = Dispatcher.Current;
        _work = () => cache.Hits.Clear();
    }

    public void Launch() => _home?.Post(() => _work?.Invoke());
}

public static class Jobs
{
    public static void Run()
    {
        var job = new Job();
        job.Prepare(SessionCache.Current);
        job.Launch();
    }
}
