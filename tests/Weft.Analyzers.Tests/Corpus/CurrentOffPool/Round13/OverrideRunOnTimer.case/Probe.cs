// A project of several files: a probe base class schedules its abstract Run on a System.Threading.Timer; the override
// in the other file reads a snapshot's Current. Reading taken: the override's body is in another file than the lambda
// that runs it, so the read is reported at the call that runs it (the page: "at the call that runs it otherwise").
using System;
using System.Threading;

namespace Corpus.CurrentOffPool.OverrideRunOnTimer;

public abstract class Probe : IDisposable
{
    private Timer? _timer;

    public void Schedule(TimeSpan period) => _timer = new Timer(_ => Run(), null, period, period); // expect: WEFT0005

    protected abstract void Run();

    public void Dispose() => _timer?.Dispose();
}
