// Round 3. A dispatcher timer owned by the worker's loop: the callback runs on the worker.
using System;
using System.Collections.Immutable;
using Weft;
using Weft.Threading;

namespace Corpus.CurrentOffPool.Round3.TimerMethodGroup;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public sealed class HealthLog : IDisposable
{
    private readonly DispatcherTimer _timer;

    public HealthLog()
    {
        _timer = Dispatcher.Current!.CreateTimer(OnTick);
        _timer.Enable(TimeSpan.FromSeconds(1));
    }

    private void OnTick() => Console.WriteLine(RouteTable.Current.Hosts.Length);

    public void Dispose() => _timer.Dispose();
}
