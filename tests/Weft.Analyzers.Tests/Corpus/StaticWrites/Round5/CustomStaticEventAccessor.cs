// WEFT0006: a static event with a hand-written add accessor that appends to a static List; subscribing from a per-worker
// type's member runs that Add on every worker at once. Reading: `+=` on a custom event is a call of its add accessor,
// followed like any helper that mutates a static collection; reported at the subscription (#escape with the Add).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.CustomStaticEventAccessor;

public static class Reloads
{
    private static readonly List<Action> s_handlers = new();

    public static event Action Reloaded
    {
        add => s_handlers.Add(value); // expect: WEFT0006 #escape
        remove => s_handlers.Remove(value);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public void Subscribe() => Reloads.Reloaded += OnReload; // expect: WEFT0006 #escape

    private void OnReload() => _byHost.Clear();
}
