// WEFT0006: += on a static event whose add accessor appends to a static List, from a per-worker member.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R8.EventWithCustomAccessors;

public static class FlagEvents
{
    private static readonly List<Action<string>> s_handlers = new();

    public static event Action<string> Changed
    {
        add => s_handlers.Add(value);
        remove => s_handlers.Remove(value);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FlagCache
{
    private readonly HashSet<string> _stale = new();

    public void Subscribe() => FlagEvents.Changed += name => _stale.Add(name); // expect: WEFT0006
}
