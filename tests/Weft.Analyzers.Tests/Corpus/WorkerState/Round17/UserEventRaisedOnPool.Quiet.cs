// Quiet twin of UserEventRaisedOnPool: the ticker raises its event on the loop it was started on, from a loop timer
// (Dispatcher.CreateTimer's callback runs on its owning loop).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.R17.WorkerState.UserEventRaisedOnPool;

public sealed class Ticker
{
    public event Action? Tick;
    public Task StartAsync()
    {
        var timer = Dispatcher.Current!.CreateTimer(() => Tick?.Invoke());
        return Task.FromResult(timer);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class RateWindow
{
    public List<long> Stamps { get; } = new();
}

public static class Wiring
{
    public static Task Wire(Ticker ticker)
    {
        var window = RateWindow.Current;
        ticker.Tick += () => window.Stamps.Clear();
        return ticker.StartAsync();
    }
}
