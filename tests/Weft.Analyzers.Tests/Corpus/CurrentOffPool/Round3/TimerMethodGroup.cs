// Round 3. A System.Threading.Timer whose callback is a method group: it fires on a timer thread.
using System;
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.CurrentOffPool.Round3.TimerMethodGroup;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public sealed class HealthLog : IDisposable
{
    private readonly Timer _timer;

    public HealthLog() => _timer = new Timer(OnTick, null, 1000, 1000); // expect: WEFT0005 #escape

    private void OnTick(object? state) => Console.WriteLine(RouteTable.Current.Hosts.Length); // expect: WEFT0005 #escape

    public void Dispose() => _timer.Dispose();
}
