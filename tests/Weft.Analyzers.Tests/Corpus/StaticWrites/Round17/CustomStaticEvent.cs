// WEFT0006: `Bus.Changed += OnChanged` from a [WorkerUpdate], where Bus.Changed is a static event whose own add/remove
// accessors change a static List. Page: "+=/-= on a static event whose own add/remove accessors change a static
// collection". Reading: reported at the `+=` in the worker code (not inside the accessor, which is not worker code).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.CustomStaticEvent;

public static class Bus
{
    private static readonly List<Action> s_handlers = new();

    public static event Action Changed
    {
        add => s_handlers.Add(value);
        remove => s_handlers.Remove(value);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class RouteView
{
    private int _version;

    [WorkerUpdate]
    public void Subscribe()
    {
        Bus.Changed += OnChanged; // expect: WEFT0006
    }

    private void OnChanged() => _version++;
}
