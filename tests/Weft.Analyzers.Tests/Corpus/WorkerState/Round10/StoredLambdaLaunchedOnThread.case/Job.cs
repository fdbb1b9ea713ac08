// A job stores a lambda over the worker's cache in one method and launches it on a new Thread in another. #escape: where the page reports a stored lambda handed off later is left open.
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

namespace Corpus.WorkerState.Round10.StoredLambdaLaunchedOnThread;

public sealed class Job
{
    private Action? _work;
    private Dispatcher? _home;

    public void Prepare(SessionCache cache)
    {
        _home = Dispatcher.Current;
        _work = () => cache.Hits.Clear(); // expect: WEFT0004 #escape
    }

    public void Launch() => new Thread(() => _work?.Invoke()).Start(); // expect: WEFT0004 #escape
}

public static class Jobs
{
    public static void Run()
    {
        var job = new Job();
        job.Prepare(SessionCache.Current); // expect: WEFT0004 #escape
        job.Launch(); // expect: WEFT0004 #escape
    }
}
