// WEFT0004: a handler over worker state added to the user's own event that its type raises inside Task.Run. Page:
// "adding a handler over worker state to an event that its type raises on another thread is reported where the handler
// is added". The lambda is on the `+=` line.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.WorkerState.UserEventRaisedOnPool;

public sealed class Ticker
{
    public event Action? Tick;
    public Task StartAsync() => Task.Run(async () =>
    {
        for (int i = 0; i < 10; i++) { await Task.Delay(1000); Tick?.Invoke(); }
    });
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
        ticker.Tick += () => window.Stamps.Clear(); // expect: WEFT0004
        return ticker.StartAsync();
    }
}
