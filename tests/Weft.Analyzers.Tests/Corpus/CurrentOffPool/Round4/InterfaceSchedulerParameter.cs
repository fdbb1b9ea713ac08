// WEFT0005: an interface method marks its delegate parameter [RunsOnAnotherThread]; code calls it through the
// interface and reads Current inside the delegate (the attribute is read from the called member).
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

    public void AuditLater() =>
        _scheduler.Schedule(() => Console.WriteLine(string.Join(",", TlsPolicy.Current.Ciphers))); // expect: WEFT0005
}
