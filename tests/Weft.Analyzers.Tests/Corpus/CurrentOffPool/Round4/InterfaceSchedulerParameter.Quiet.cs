// Quiet twin of InterfaceSchedulerParameter: the snapshot is read on the worker and captured.
using System;
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.Round4.InterfaceSchedulerParameter;

public interface IBackgroundScheduler
{
    void Schedule([RunsOnAnotherThread] Action work);
}

public sealed class ThreadPoolScheduler : IBackgroundScheduler
{
    public void Schedule(Action work) => ThreadPool.QueueUserWorkItem(_ => work());
}

[ThreadLocalSlot]
public sealed partial class TlsPolicy
{
    public ImmutableArray<string> Ciphers { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class CipherAudit
{
    readonly IBackgroundScheduler _scheduler;

    public CipherAudit(IBackgroundScheduler scheduler) => _scheduler = scheduler;

    public void AuditLater()
    {
        var policy = TlsPolicy.Current;
        _scheduler.Schedule(() => Console.WriteLine(string.Join(",", policy.Ciphers)));
    }
}
