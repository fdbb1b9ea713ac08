// Quiet twin of CustomStaticEvent: Bus.Changed is a field-like static event (its compiler-made accessors swap the
// delegate atomically: page "Bus.Changed += OnChanged is quiet").
using System;
using Weft;

namespace Corpus.R17.StaticWrites.CustomStaticEvent;

public static class Bus
{
    public static event Action? Changed;
    public static void Raise() => Changed?.Invoke();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class RouteView
{
    private int _version;

    [WorkerUpdate]
    public void Subscribe()
    {
        Bus.Changed += OnChanged;
    }

    private void OnChanged() => _version++;
}
