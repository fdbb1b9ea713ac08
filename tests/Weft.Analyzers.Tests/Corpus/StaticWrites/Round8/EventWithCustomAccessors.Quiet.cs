// Twin: a field-like static event (its compiler-made add/remove are atomic).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R8.EventWithCustomAccessorsQuiet;

public static class FlagEvents
{
    public static event Action<string>? Changed;

    public static void Raise(string name) => Changed?.Invoke(name);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FlagCache
{
    private readonly HashSet<string> _stale = new();

    public void Subscribe() => FlagEvents.Changed += name => _stale.Add(name);
}
